import { normaliseHeader } from './import-fields';

/** One option's pair of columns: its name and its value(s). */
export interface OptionColumn {
  name: number;
  value: number;
}

/**
 * The columns that describe variants, found by their fixed header names rather than the field
 * mapping (each is a pair or a family of columns, not one field):
 * - Shopify: Option1 name / Option1 value … Option3 (both header dialects, storefront-formats §1.1),
 *   and Variant image URL (new) / Variant Image (legacy);
 * - WooCommerce: Attribute N name / Attribute N value(s), Type and ID (§2.1, §2.4).
 */
export interface VariantColumns {
  shopifyOptions: OptionColumn[];
  wooAttributes: OptionColumn[];
  variantImage: number;
  /** WooCommerce's Type (simple, variable, variation…); -1 when the file has no Type or is not WooCommerce-shaped. */
  type: number;
  id: number;
  /** The product's name in the file: Shopify's Title, WooCommerce's Name. */
  title: number;
}

function pairs(normalised: readonly string[], name: (n: number) => string, value: (n: number) => string, max: number): OptionColumn[] {
  const out: OptionColumn[] = [];
  for (let n = 1; n <= max; n++) {
    const pair = { name: normalised.indexOf(name(n)), value: normalised.indexOf(value(n)) };
    if (pair.name >= 0 && pair.value >= 0) out.push(pair);
  }
  return out;
}

export function findVariantColumns(headers: readonly string[]): VariantColumns {
  const normalised = headers.map(normaliseHeader);
  const shopifyOptions = pairs(normalised, (n) => `option${n}name`, (n) => `option${n}value`, 3);
  // WooCommerce numbers attributes as far as a product needs; 20 is far beyond any real file.
  const wooAttributes = pairs(normalised, (n) => `attribute${n}name`, (n) => `attribute${n}values`, 20);
  const variantImage = ['variantimageurl', 'variantimage'].map((h) => normalised.indexOf(h)).find((i) => i >= 0) ?? -1;
  const woo = wooAttributes.length > 0 || normalised.includes('parent');
  const title = ['title', 'name'].map((h) => normalised.indexOf(h)).find((i) => i >= 0) ?? -1;
  return { shopifyOptions, wooAttributes, variantImage, type: woo ? normalised.indexOf('type') : -1, id: woo ? normalised.indexOf('id') : -1, title };
}
