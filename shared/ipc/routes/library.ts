import { z } from 'zod';
import { defineRoute } from '../define';

const importErrorSchema = z.object({
  file: z.string(),
  code: z.enum(['empty', 'corrupt', 'not_image', 'unsupported', 'too_large', 'unreadable', 'save_failed']),
  message: z.string(),
});

/** A product the import saved with variants found in the file names. */
export const importedVariantGroupSchema = z.object({
  productId: z.number().int(),
  /** The shared name, which became the product's SKU: "TEE-01". */
  name: z.string(),
  optionNames: z.array(z.string()),
  /** Each variant's values, "Red" or "Red / XL", in order. */
  variants: z.array(z.string()),
  /** "TEE-01: 3 variants (Red, Blue, Green)" */
  summary: z.string(),
  /** A colour named in a file name that the variant's own photos do not show. */
  warnings: z.array(z.string()),
});
export type ImportedVariantGroup = z.infer<typeof importedVariantGroupSchema>;

export const libraryRoutes = {
  /** Imports files and whole folders; each bad file is reported, the rest still import. */
  'library.import': defineRoute({
    input: z.object({
      paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000),
      /** Group photos into products by file-name stem (SKU_1.jpg, SKU-2.jpg → one product). */
      groupByName: z.boolean().default(true),
    }),
    output: z.object({
      productIds: z.array(z.number().int()),
      photosImported: z.number().int(),
      duplicates: z.array(z.object({ file: z.string(), photoId: z.number().int() })),
      errors: z.array(importErrorSchema),
      /** Products saved with variants found in the names (TEE-01-RED_1.jpg, TEE-01-BLUE_1.jpg). */
      variantGroups: z.array(importedVariantGroupSchema),
    }),
  }),
};

export const libraryEvents = {
  'library.importProgress': z.object({ done: z.number().int(), total: z.number().int(), file: z.string() }),
};
