import { z } from 'zod';
import { engineStatusSchema } from '../../domain/engine';
import { defineRoute } from '../define';
import { ENGINE_CONTEXT_SIZE, ENGINE_PARALLEL } from '../../domain/engine-launch';

export const engineRoutes = {
  'engine.status': defineRoute({ input: z.object({}).strict(), output: engineStatusSchema }),
  /** Starts (or switches to) a local model; resolves once it answers, or fails with the reason. */
  'engine.start': defineRoute({
    input: z.object({
      model: z.string().min(1).max(4096),
      mmproj: z.string().min(1).max(4096).optional(),
      contextSize: z.number().int().min(512).max(1_048_576).default(ENGINE_CONTEXT_SIZE),
      parallel: z.number().int().min(1).max(64).default(ENGINE_PARALLEL),
      gpuLayers: z.union([z.literal('auto'), z.number().int().min(0).max(1000)]).default('auto'),
      chatTemplateFile: z.string().min(1).max(4096).optional(),
    }),
    output: engineStatusSchema,
  }),
  'engine.stop': defineRoute({ input: z.object({}).strict(), output: engineStatusSchema }),
};

export const engineEvents = {
  'engine.status': engineStatusSchema,
};
