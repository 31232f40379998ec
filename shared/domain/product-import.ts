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

/** What a variant row can change on one variant: its option values (as one, "Red / XL"), SKU, price, barcode, quantity. */
export const VARIANT_FIELDS = ['options', 'sku', 'price', 'barcode', 'quantity'] as const;
export const variantFieldSchema = z.enum(VARIANT_FIELDS);
export type VariantField = z.infer<typeof variantFieldSchema>;

const variantChangeSchema = z.object({ field: variantFieldSchema, current: z.string(), incoming: z.string() });
export type VariantChange = z.infer<typeof variantChangeSchema>;

/** What one variant row of a Shopify or WooCommerce file does to a variant of the product it matched. */
export const variantPlanSchema = z.object({
  /** The variant's values, in the order of the product's option names. */
  values: z.array(z.string()),
  /** The library's variant this row updates; null: the row adds a new variant. */
  variantId: z.number().int().nullable(),
  matchedBy: z.enum(['sku', 'options']).nullable(),
  /** Empty fields of the variant this row fills (for a new variant: everything it brings). */
  fills: z.array(variantChangeSchema),
  /** Fields where the variant holds something else; only overwritten if the user says so. */
  conflicts: z.array(variantChangeSchema),
  /** The product's photo that the row's variant image names, to be marked as showing this variant. */
  photoId: z.number().int().nullable(),
});
export type VariantPlan = z.infer<typeof variantPlanSchema>;

/** One product of the file that has variant rows, and what importing them does. */
export const variantProductSchema = z.object({
  productId: z.number().int().nullable(),
  /** How messages name the product: its title in the library, else the file's title, handle or SKU. */
  name: z.string(),
  /** Every line of the file that belongs to this product (its product row, variant rows and image rows). */
  lines: z.array(z.number().int()),
  optionNames: z.array(z.string()),
  /** The product has no options yet; applying names them as the file does. */
  setsOptionNames: z.boolean(),
  matched: z.number().int(),
  added: z.number().int(),
  /** Why the product's rows are left out whole; empty when they import. */
  problems: z.array(z.string()),
  /** "Hoodie: 3 variants matched, 1 new", or why it is left out. */
  summary: z.string(),
});
export type VariantProduct = z.infer<typeof variantProductSchema>;

export const catalogRowSchema = z.object({
  /** Line of the file where the row ends (1-based, the header is line 1). */
  line: z.number().int(),
  status: z.enum(['matched', 'conflict', 'unmatched']),
  productId: z.number().int().nullable(),
  /**
   * continuation: a further image row of the product on the row above (Shopify's extra image rows);
   * handle: a further variant row of a Shopify product; parent: a WooCommerce variation, by its Parent.
   */
  matchedBy: z.enum(['sku', 'photo', 'continuation', 'handle', 'parent']).nullable(),
  /** Empty fields of the draft this row fills; applied without asking, since nothing is overwritten. */
  fills: z.array(fieldChangeSchema),
  /** Fields where the draft already holds something else; only overwritten if the user says so. */
  conflicts: z.array(fieldChangeSchema),
  /** Why the row matched nothing, or which of its values could not be read. */
  problems: z.array(z.string()),
  /** On a variant row: the variant it updates or adds. */
  variant: variantPlanSchema.nullable(),
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
  /** The products with variant rows, in file order. */
  variantProducts: z.array(variantProductSchema),
  warnings: z.array(z.string()),
});
export type CatalogPreview = z.infer<typeof catalogPreviewSchema>;
