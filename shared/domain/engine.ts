import { z } from 'zod';

/** The llama-server process lifecycle (style.md §7); electron/engine/engine-state.ts holds the transitions. */
export const ENGINE_STATES = ['idle', 'starting', 'ready', 'stopping', 'stopped', 'crashed'] as const;
export type EngineState = (typeof ENGINE_STATES)[number];
export const engineStateSchema = z.enum(ENGINE_STATES);

/** Why the engine could not serve, as electron/engine/classify-server-log.ts reads it from the server's log. */
export const ENGINE_ERROR_CODES = [
  'out_of_memory',
  'unsupported_architecture',
  'file_missing',
  'file_unreadable',
  'mmproj_mismatch',
  'port_in_use',
  'load_timeout',
  'crashed',
  'killed',
  'unknown',
] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export const engineErrorSchema = z.object({
  code: z.enum(ENGINE_ERROR_CODES),
  /** A sentence for the shop owner: what happened and what to do. */
  message: z.string(),
  /** The log line that gave it away, for the log viewer and bug reports. */
  detail: z.string().optional(),
});
export type EngineError = z.infer<typeof engineErrorSchema>;

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
      /** e.g. "Vulkan device found but out of memory: using CPU". */
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
/** Where the model computes, and why not on a GPU when one was tried. */
export type EngineCompute = NonNullable<EngineStatusData['compute']>;
