import { z } from 'zod';
import { cloudEndpointSchema, generationOptionsSchema, PROVIDER_KINDS } from './generation-options';

/** Where the cloud key comes from: saved (encrypted with the OS keychain), the environment, or nowhere. */
export const CLOUD_KEY_SOURCES = ['saved', 'environment', 'none'] as const;
export type CloudKeySource = (typeof CLOUD_KEY_SOURCES)[number];

/**
 * Generation settings. The cloud API key is write-only: settings.setCloud accepts it, and no
 * route ever returns it; the renderer only learns whether one is set and where it comes from.
 */
export const settingsViewSchema = z.object({
  provider: z.enum(PROVIDER_KINDS),
  cloud: cloudEndpointSchema.extend({
    hasKey: z.boolean(),
    /** saved: encrypted with the OS keychain; environment: LISTING_STUDIO_CLOUD_KEY. */
    keySource: z.enum(CLOUD_KEY_SOURCES),
    /** False where the OS has no keychain, so a key cannot be saved. */
    canSaveKey: z.boolean(),
  }),
  generation: generationOptionsSchema,
});
export type SettingsView = z.infer<typeof settingsViewSchema>;
