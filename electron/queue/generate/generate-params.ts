import { z } from 'zod';
import { generationOptionsSchema, PROVIDER_KINDS, type GenerationOptions, type ProviderKind } from '../../../shared/domain/generation-options';
import type { GenerationSettings } from '../../../shared/domain/generation-options';

/** What a generation job remembers, so a resume after a restart writes the same way. */
export const generateParamsSchema = z.object({
  engine: z.enum(PROVIDER_KINDS),
  options: generationOptionsSchema,
});
export type GenerateParams = z.output<typeof generateParamsSchema>;

export interface GenerateRequest {
  engine?: ProviderKind;
  words?: number;
  target?: GenerationOptions['platform'];
  tone?: GenerationOptions['tone'];
  language?: string;
}

/** The request's choices laid over the saved settings: what is not given comes from Settings. */
export function resolveGenerateParams(request: GenerateRequest, settings: GenerationSettings): GenerateParams {
  const saved = settings.options;
  return {
    engine: request.engine ?? settings.provider,
    options: generationOptionsSchema.parse({
      ...saved,
      ...(request.words !== undefined && { wordTarget: request.words }),
      ...(request.target !== undefined && { platform: request.target }),
      ...(request.tone !== undefined && { tone: request.tone }),
      ...(request.language !== undefined && { language: request.language }),
    }),
  };
}

/** A stored job's params; a job written by an older version falls back to the current settings. */
export function readGenerateParams(stored: string, settings: GenerationSettings): GenerateParams {
  const parsed = generateParamsSchema.safeParse(JSON.parse(stored) as unknown);
  return parsed.success ? parsed.data : resolveGenerateParams({}, settings);
}
