import { z } from 'zod';
import { priceSchema } from './draft';

/** Shopify's limit, and the most any target here takes (storefront-formats §1.2). */
export const MAX_OPTIONS = 3;

/**
 * Where a variant's option value came from: the photo's file name (TEE-01-RED_1.jpg), the measured
 * colours of its own photos, the owner, or a product file that was imported.
 */
export const OPTION_VALUE_SOURCES = ['name', 'measured', 'owner', 'import'] as const;
export const optionValueSourceSchema = z.enum(OPTION_VALUE_SOURCES);
export type OptionValueSource = z.infer<typeof optionValueSourceSchema>;

/** An option's name ("Color", "Size", "Material"). */
export const optionNameSchema = z.string().trim().min(1, 'Give the option a name, e.g. Color or Size').max(50);
/** A variant's value for one option ("Red", "XL"); commas are refused where a variant is saved (storefronts split on them). */
export const optionValueSchema = z.string().trim().max(100);

/** What a person edits on one variant. */
export const variantFieldsSchema = z.object({
  /** One value per option name of the product, in the same order. */
  values: z.array(optionValueSchema).max(MAX_OPTIONS),
  sku: z.string().trim().max(100).nullable(),
  /** Null: the product's price. */
  price: priceSchema.nullable(),
  barcode: z.string().trim().max(50).nullable(),
  /** Whole number of items in stock; null: not tracked. */
  quantity: z.string().regex(/^\d{1,9}$/, 'Use a whole number like 12').nullable(),
});
export type VariantFields = z.infer<typeof variantFieldsSchema>;

export const variantSchema = variantFieldsSchema.extend({
  id: z.number().int(),
  productId: z.number().int(),
  position: z.number().int(),
  /** Aligned with values. */
  valueSources: z.array(optionValueSourceSchema),
  /** The photos that show this variant, in the product's photo order. */
  photoIds: z.array(z.number().int()),
});
export type Variant = z.infer<typeof variantSchema>;

/** A product's options and variants; a product with no variants has empty lists. */
export const productVariantsSchema = z.object({
  productId: z.number().int(),
  optionNames: z.array(optionNameSchema).max(MAX_OPTIONS),
  variants: z.array(variantSchema),
});
export type ProductVariants = z.infer<typeof productVariantsSchema>;

/** "Red / XL": how a variant is named in messages and in the editor. */
export function variantLabel(values: readonly string[]): string {
  return values.filter((v) => v.trim() !== '').join(' / ');
}
