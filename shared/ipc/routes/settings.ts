import { z } from 'zod';
import { cloudEndpointSchema, generationOptionsPatchSchema, generationOptionsSchema, PROVIDER_KINDS } from '../../domain/generation-options';
import { defineRoute } from '../define';

/**
 * Generation settings. The cloud API key is write-only: settings.setCloud accepts it, and no
 * route ever returns it; the renderer only learns whether one is set and where it comes from.
 */
export const settingsViewSchema = z.object({
  provider: z.enum(PROVIDER_KINDS),
  cloud: cloudEndpointSchema.extend({
    hasKey: z.boolean(),
    /** saved: encrypted with the OS keychain; environment: LISTING_STUDIO_CLOUD_KEY. */
    keySource: z.enum(['saved', 'environment', 'none']),
    /** False where the OS has no keychain, so a key cannot be saved. */
    canSaveKey: z.boolean(),
  }),
  generation: generationOptionsSchema,
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const settingsRoutes = {
  'settings.get': defineRoute({ input: z.object({}).strict(), output: settingsViewSchema }),
  /** Saves the cloud endpoint; `apiKey` replaces the saved key, null removes it, absent keeps it. */
  'settings.setCloud': defineRoute({
    input: cloudEndpointSchema.extend({ apiKey: z.string().trim().min(8, 'The API key looks too short').max(500).nullable().optional() }),
    output: settingsViewSchema,
  }),
  /** Chooses local or cloud and how listings are written (platform, words, tone, language, photos). */
  'settings.setGeneration': defineRoute({
    input: generationOptionsPatchSchema.extend({ provider: z.enum(PROVIDER_KINDS).optional() }),
    output: settingsViewSchema,
  }),
  /**
   * Sends one tiny request to the cloud endpoint. Given values (typed, not yet saved) are tested
   * instead of the saved ones, so a wrong key can be caught before it replaces a working one.
   */
  'settings.testCloud': defineRoute({
    input: cloudEndpointSchema.partial().extend({ apiKey: z.string().trim().min(8, 'The API key looks too short').max(500).optional() }).strict(),
    output: z.object({ ok: z.literal(true), model: z.string(), seconds: z.number() }),
  }),
};

export const settingsEvents = {};
