import { z } from 'zod';

/**
 * The shop data a catalog file can fill in. salePrice becomes the price (and the regular price the
 * compare-at price) on rows that have one; photoFileName, handle and parent only match rows to
 * products and tell variant rows apart.
 */
export const CATALOG_FIELDS = [
  'sku', 'price', 'salePrice', 'quantity', 'vendor', 'brand', 'barcode', 'compareAtPrice', 'weightGrams', 'category', 'color', 'material', 'condition',
  'googleProductCategory', 'ebayCategoryId', 'etsyTaxonomyId', 'photoFileName', 'handle', 'parent',
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
  /** continuation: a further image row of the product on the row above (Shopify's extra image rows). */
  matchedBy: z.enum(['sku', 'photo', 'continuation']).nullable(),
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
