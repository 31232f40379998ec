import { z } from 'zod';

/** The shop data a catalog file can fill in; photoFileName only matches rows to products. */
export const CATALOG_FIELDS = [
  'sku', 'price', 'quantity', 'vendor', 'brand', 'barcode', 'compareAtPrice', 'weightGrams', 'category', 'color', 'material', 'condition', 'photoFileName',
] as const;
export const catalogFieldSchema = z.enum(CATALOG_FIELDS);
export type CatalogField = z.infer<typeof catalogFieldSchema>;

/** Which column (by header name) feeds each field. */
export const catalogMappingSchema = z.partialRecord(catalogFieldSchema, z.string().min(1).max(500));
export type CatalogMapping = z.infer<typeof catalogMappingSchema>;

const fieldChangeSchema = z.object({ field: catalogFieldSchema, current: z.string(), incoming: z.string() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const catalogRowSchema = z.object({
  /** Line of the file where the row ends (1-based, the header is line 1). */
  line: z.number().int(),
  status: z.enum(['matched', 'conflict', 'unmatched']),
  productId: z.number().int().nullable(),
  matchedBy: z.enum(['sku', 'photo']).nullable(),
  /** Empty fields of the draft this row fills; applied without asking, since nothing is overwritten. */
  fills: z.array(fieldChangeSchema),
  /** Fields where the draft already holds something else; only overwritten if the user says so. */
  conflicts: z.array(fieldChangeSchema),
  /** Why the row matched nothing, or which of its values could not be read. */
  problems: z.array(z.string()),
});
export type CatalogRow = z.infer<typeof catalogRowSchema>;

export const catalogPreviewSchema = z.object({
  file: z.string(),
  /** sha256 of the bytes previewed; apply refuses a file that changed since. */
  fingerprint: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: catalogMappingSchema,
  unmappedHeaders: z.array(z.string()),
  rows: z.array(catalogRowSchema),
  counts: z.object({ matched: z.number().int(), conflict: z.number().int(), unmatched: z.number().int() }),
  warnings: z.array(z.string()),
});
export type CatalogPreview = z.infer<typeof catalogPreviewSchema>;
