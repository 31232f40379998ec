import { z } from 'zod';
import { MAX_OPTIONS, optionNameSchema, productVariantsSchema, variantFieldsSchema } from '../../domain/variant';
import { defineRoute } from '../define';

const id = z.number().int().positive();

export const variantsRoutes = {
  /** A product's option names and variants (empty lists when it has none). */
  'variants.get': defineRoute({
    input: z.object({ productId: id }),
    output: productVariantsSchema,
  }),
  /**
   * "Make variants of one product": the first product becomes the group and keeps its draft; each
   * product given becomes one variant with its own photos (the others' photos move in, as in a
   * merge). Option values are proposed from the photos' names and measured colours. `mergeId`
   * undoes it (products.unmerge), variants included.
   */
  'variants.make': defineRoute({
    input: z.object({ productIds: z.array(id).min(2).max(2048) }),
    output: z.object({ productId: id, mergeId: id, variants: productVariantsSchema }),
  }),
  /**
   * Moves one variant, with its photos, SKU, price, barcode and quantity, back out into a product
   * of its own. `splitId` undoes it (variants.rejoin).
   */
  'variants.split': defineRoute({
    input: z.object({ variantId: id }),
    output: z.object({ productId: id, splitId: id }),
  }),
  /** Undoes a split: the variant back in its product as it was, with its photos. */
  'variants.rejoin': defineRoute({
    input: z.object({ splitId: id }),
    output: z.object({ productId: id, variants: productVariantsSchema }),
  }),
  /**
   * Saves the option names and every variant's fields at once (validated together: unique option
   * combinations, no commas in values, at most three options). Refused with a message naming the
   * variant when anything is off; nothing is written half.
   */
  'variants.update': defineRoute({
    input: z.object({
      productId: id,
      optionNames: z.array(optionNameSchema).max(MAX_OPTIONS),
      variants: z.array(variantFieldsSchema.extend({ id })).max(2048),
    }),
    output: productVariantsSchema,
  }),
};

export const variantsEvents = {};
