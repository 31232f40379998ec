import { z } from 'zod';
import { catalogFieldSchema, catalogMappingSchema, catalogPreviewSchema, variantFieldSchema } from '../../domain/product-import';
import { defineRoute } from '../define';

const fileInput = {
  path: z.string().min(1).max(4096),
  /** Leave out to use the guessed mapping. */
  mapping: catalogMappingSchema.optional(),
};

export const catalogRoutes = {
  'catalog.preview': defineRoute({
    input: z.object(fileInput),
    output: catalogPreviewSchema,
  }),
  'catalog.apply': defineRoute({
    input: z.object({
      ...fileInput,
      fingerprint: z.string().min(1),
      /** Per conflicting row (by line), the fields to take from the file; every other conflict keeps the draft's value. */
      choices: z
        .array(z.object({ line: z.number().int().min(2), take: z.array(catalogFieldSchema), takeVariant: z.array(variantFieldSchema).default([]) }))
        .max(1_000_000)
        .default([]),
      /** false: variant rows that match no variant of their product are left out instead of added. */
      createVariants: z.boolean().default(true),
    }),
    output: z.object({
      productsUpdated: z.number().int(),
      fieldsFilled: z.number().int(),
      fieldsOverwritten: z.number().int(),
      conflictsKept: z.number().int(),
      rowsUnmatched: z.number().int(),
      variantsCreated: z.number().int(),
      variantsUpdated: z.number().int(),
      variantsSkipped: z.number().int(),
      variantConflictsKept: z.number().int(),
    }),
  }),
};

export const catalogEvents = {};
