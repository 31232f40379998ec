import { z } from 'zod';
import { cloudEndpointSchema, generationOptionsPatchSchema, PROVIDER_KINDS } from '../../domain/generation-options';
import { settingsViewSchema } from '../../domain/settings-view';
import { defineRoute } from '../define';

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
