import { z } from 'zod';
import { defineRoute } from '../define';

export const engineStateSchema = z.enum(['idle', 'starting', 'ready', 'stopping', 'stopped', 'crashed']);

export const engineErrorSchema = z.object({
  code: z.enum([
    'out_of_memory',
    'unsupported_architecture',
    'file_missing',
    'file_unreadable',
    'mmproj_mismatch',
    'port_in_use',
    'load_timeout',
    'crashed',
    'unknown',
  ]),
  /** A sentence for the shop owner. */
  message: z.string(),
  /** The engine's log line behind it. */
  detail: z.string().optional(),
});

/** What the local engine is doing and what it chose (the server decides layers and slots itself). */
export const engineStatusSchema = z.object({
  state: engineStateSchema,
  /** Absent until a model has been started. */
  model: z.string().optional(),
  mmproj: z.string().optional(),
  gpuLayers: z.number().int().optional(),
  totalLayers: z.number().int().optional(),
  devices: z.array(z.string()),
  /** Where the model computes; absent for a static build. `note` says why not on a GPU that was tried. */
  compute: z
    .object({
      backend: z.enum(['cpu', 'cuda', 'vulkan', 'metal']),
      note: z.string().optional(),
    })
    .optional(),
  slots: z.number().int().optional(),
  /** Tokens per slot: the longest single request. */
  contextSize: z.number().int().optional(),
  vramBytes: z.number().optional(),
  restarts: z.number().int(),
  error: engineErrorSchema.optional(),
});
export type EngineStatusData = z.infer<typeof engineStatusSchema>;

export const engineRoutes = {
  'engine.status': defineRoute({ input: z.object({}).strict(), output: engineStatusSchema }),
  /** Starts (or switches to) a local model; resolves once it answers, or fails with the reason. */
  'engine.start': defineRoute({
    input: z.object({
      model: z.string().min(1).max(4096),
      mmproj: z.string().min(1).max(4096).optional(),
      contextSize: z.number().int().min(512).max(1_048_576).default(8192),
      parallel: z.number().int().min(1).max(64).default(2),
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
