import { z } from 'zod';
import { draftStatusSchema } from '../../domain/draft';
import { mergePlanEntrySchema } from '../../domain/merge-plan';
import { photoSchema, productSummarySchema } from '../../domain/product';
import { defineRoute } from '../define';

const id = z.number().int().positive();

export const productsRoutes = {
  'products.list': defineRoute({
    input: z.object({
      status: draftStatusSchema.optional(),
      search: z.string().max(200).optional(),
      /** The Trash view instead of the library. */
      trash: z.boolean().optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(20_000).default(20_000),
    }),
    output: z.object({ total: z.number().int(), libraryTotal: z.number().int(), items: z.array(productSummarySchema) }),
  }),
  'products.photos': defineRoute({
    input: z.object({ productId: id }),
    output: z.array(photoSchema),
  }),
  /** What a merge would do with each product's draft, target first, for the owner to confirm; changes nothing. */
  'products.mergePreview': defineRoute({
    input: z.object({ targetId: id, sourceIds: z.array(id).min(1).max(1000) }),
    output: z.array(mergePlanEntrySchema),
  }),
  /**
   * Moves every photo of `sourceIds` into `targetId` (after its own). The sources' drafts stay in
   * the merged product's history (or become its draft when its own is empty); `mergeId` undoes it.
   */
  'products.merge': defineRoute({
    input: z.object({ targetId: id, sourceIds: z.array(id).min(1).max(1000) }),
    output: z.object({ productId: id, mergeId: id, plan: z.array(mergePlanEntrySchema) }),
  }),
  /** Undoes a merge: the products, their photos, drafts and revisions as they were before it. */
  'products.unmerge': defineRoute({
    input: z.object({ mergeId: id }),
    output: z.object({ productIds: z.array(id) }),
  }),
  /** Moves the given photos out into one new product each. */
  'products.split': defineRoute({
    input: z.object({ productId: id, photoIds: z.array(id).min(1).max(1000) }),
    output: z.object({ productIds: z.array(id) }),
  }),
  /** Moves products to the Trash (restorable for 30 days). */
  'products.delete': defineRoute({
    input: z.object({ productIds: z.array(id).min(1).max(100_000) }),
    /** `missing`: ids that were not in the library (already in the Trash, say); not an error. */
    output: z.object({ trashed: z.number().int(), missing: z.array(id) }),
  }),
  /** Brings products back from the Trash. */
  'products.restore': defineRoute({
    input: z.object({ productIds: z.array(id).min(1).max(100_000) }),
    output: z.object({ restored: z.number().int(), missing: z.array(id) }),
  }),
  /** Deletes everything in the Trash for good, photo files included. */
  'products.emptyTrash': defineRoute({
    input: z.object({}),
    output: z.object({ deleted: z.number().int() }),
  }),
};

export const productsEvents = {};
