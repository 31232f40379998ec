import { z } from 'zod';
import { PROVIDER_KINDS, toneSchema } from '../../domain/generation-options';
import { EXPORT_TARGETS } from '../../domain/platform-limits';
import { generateJobSchema } from '../../domain/generate-job';
import { defineRoute } from '../define';

const productId = z.number().int().positive();
const jobId = z.object({ jobId: z.number().int().positive() });

export const generateStartSchema = z
  .object({
    /** The products to write listings for; or `all: true` for every product in the library. */
    productIds: z.array(productId).min(1).max(100_000).optional(),
    all: z.boolean().optional(),
    /** local (the running llama-server) or cloud; the saved setting when left out. */
    engine: z.enum(PROVIDER_KINDS).optional(),
    /** Description word target. */
    words: z.number().int().min(10).max(300).optional(),
    /** The storefront whose limits the listing must fit. */
    target: z.enum(EXPORT_TARGETS).optional(),
    tone: toneSchema.optional(),
    language: z.string().trim().min(2).max(40).optional(),
  })
  .refine((v) => (v.all === true) !== (v.productIds !== undefined), {
    message: 'Choose the products: give productIds, or all: true for every product (not both).',
    path: ['productIds'],
  });

export const generateRoutes = {
  /** Queues one item per product and resolves when the job has finished (progress comes as events). */
  'generate.start': defineRoute({ input: generateStartSchema, output: generateJobSchema }),
  /** Stops new products from starting; those in progress finish. */
  'generate.pause': defineRoute({ input: jobId, output: generateJobSchema }),
  /** Continues a paused or interrupted job and resolves when it has finished. */
  'generate.resume': defineRoute({ input: jobId, output: generateJobSchema }),
  'generate.cancel': defineRoute({ input: jobId, output: generateJobSchema }),
  /** A job's counts; without jobId, the newest unfinished generation job, or null when there is none. */
  'generate.status': defineRoute({ input: z.object({ jobId: z.number().int().positive().optional() }), output: generateJobSchema.nullable() }),
};

export const generateEvents = {
  'generate.progress': z.object({
    jobId: z.number().int(),
    done: z.number().int(),
    failed: z.number().int(),
    remaining: z.number().int(),
    etaSeconds: z.number().nullable(),
    lastProductId: z.number().int().nullable(),
  }),
};
