import { z } from 'zod';
import { PROVIDER_KINDS, toneSchema } from '../../domain/generation-options';
import { EXPORT_TARGETS } from '../../domain/platform-limits';
import { generateJobSchema } from '../../domain/generate-job';
import { REWRITE_KINDS } from '../../domain/draft-kinds';
import { defineRoute } from '../define';

const productId = z.number().int().positive();
const jobId = z.object({ jobId: z.number().int().positive() });

const selectionFields = {
  /** The products to write listings for (all of them are written: the owner named them). */
  productIds: z.array(productId).min(1).max(100_000).optional(),
  /** Every product that has no draft yet, or whose last generation failed. */
  all: z.boolean().optional(),
  /**
   * With `all`: the existing drafts to rewrite as well, by kind (drafts = the model's untouched
   * drafts, edited = text the owner changed, approved = approved or exported). None by default.
   */
  rewrite: z.array(z.enum(REWRITE_KINDS)).max(REWRITE_KINDS.length).optional(),
};
const oneSelection = {
  message: 'Choose the products: give productIds, or all: true for every product (not both).',
  path: ['productIds'],
};

const kindCountsSchema = z.object({ new: z.number().int(), drafts: z.number().int(), edited: z.number().int(), approved: z.number().int() });

/** What a start with the same selection would write, for the confirmation before "Generate all". */
export const generatePlanSchema = z.object({
  /** How many products it would write. */
  write: z.number().int(),
  /** Every chosen product by kind. */
  counts: kindCountsSchema,
  /** Products whose last generation failed (written again unless the owner edited or approved them). */
  failed: z.number().int(),
  /** Existing drafts it would leave alone, by kind. */
  kept: kindCountsSchema,
});
export type GeneratePlan = z.infer<typeof generatePlanSchema>;

export const generateStartSchema = z
  .object({
    ...selectionFields,
    /** local (the running llama-server) or cloud; the saved setting when left out. */
    engine: z.enum(PROVIDER_KINDS).optional(),
    /** Description word target. */
    words: z.number().int().min(10).max(300).optional(),
    /** The storefront whose limits the listing must fit. */
    target: z.enum(EXPORT_TARGETS).optional(),
    tone: toneSchema.optional(),
    language: z.string().trim().min(2).max(40).optional(),
  })
  .refine((v) => (v.all === true) !== (v.productIds !== undefined), oneSelection);

export const generateRoutes = {
  /** Counts what generate.start with the same selection would write and leave alone; writes nothing. */
  'generate.plan': defineRoute({
    input: z.object(selectionFields).refine((v) => (v.all === true) !== (v.productIds !== undefined), oneSelection),
    output: generatePlanSchema,
  }),
  /** Queues one item per product and resolves when the job has finished (progress comes as events). */
  'generate.start': defineRoute({ input: generateStartSchema, output: generateJobSchema }),
  /** Stops new products from starting; those in progress finish. */
  'generate.pause': defineRoute({ input: jobId, output: generateJobSchema }),
  /** Continues a paused or interrupted job and resolves when it has finished. */
  'generate.resume': defineRoute({ input: jobId, output: generateJobSchema }),
  'generate.cancel': defineRoute({ input: jobId, output: generateJobSchema }),
  /** A job's counts; without jobId, the newest unfinished generation job, or null when there is none. */
  /** A job's products not yet written, in queue order: waiting their turn, and being written now. */
  'generate.items': defineRoute({ input: jobId, output: z.object({ waiting: z.array(productId), running: z.array(productId) }) }),
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
    /** Products being written now; the job's others not yet written are queued (generate.items). */
    runningProductIds: z.array(z.number().int()),
  }),
};
