import { z } from 'zod';
import { catalogFieldSchema, catalogMappingSchema, catalogPreviewSchema } from '../../domain/product-import';
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
      choices: z.array(z.object({ line: z.number().int().min(2), take: z.array(catalogFieldSchema) })).max(1_000_000).default([]),
    }),
    output: z.object({
      productsUpdated: z.number().int(),
      fieldsFilled: z.number().int(),
      fieldsOverwritten: z.number().int(),
      conflictsKept: z.number().int(),
      rowsUnmatched: z.number().int(),
    }),
  }),
};

export const catalogEvents = {};
