import { z } from 'zod';
import { draftStatusSchema } from '../../domain/draft';
import { photoSchema, productSummarySchema } from '../../domain/product';
import { defineRoute } from '../define';

const id = z.number().int().positive();

export const productsRoutes = {
  'products.list': defineRoute({
    input: z.object({
      status: draftStatusSchema.optional(),
      search: z.string().max(200).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(20_000).default(20_000),
    }),
    output: z.object({ total: z.number().int(), libraryTotal: z.number().int(), items: z.array(productSummarySchema) }),
  }),
  'products.photos': defineRoute({
    input: z.object({ productId: id }),
    output: z.array(photoSchema),
  }),
  /** Moves every photo of `sourceIds` into `targetId` (after its own) and deletes the sources. */
  'products.merge': defineRoute({
    input: z.object({ targetId: id, sourceIds: z.array(id).min(1).max(1000) }),
    output: z.object({ productId: id }),
  }),
  /** Moves the given photos out into one new product each. */
  'products.split': defineRoute({
    input: z.object({ productId: id, photoIds: z.array(id).min(1).max(1000) }),
    output: z.object({ productIds: z.array(id) }),
  }),
  'products.delete': defineRoute({
    input: z.object({ productIds: z.array(id).min(1).max(100_000) }),
    /** `missing`: ids that were already gone; deleting twice is not an error. */
    output: z.object({ deleted: z.number().int(), missing: z.array(id) }),
  }),
};

export const productsEvents = {};
