import type { Db } from '../db/open-database';
import { productStemOf } from '../photos/group-by-stem';

/**
 * How messages name a product: its title, else its SKU (the file-name stem of its photos until the
 * owner types another), else "product 12". SQL expression over `products p LEFT JOIN drafts d`.
 */
export const PRODUCT_LABEL_SQL = `coalesce(nullif(trim(d.title), ''), nullif(trim(d.sku), ''), nullif(trim(p.group_key), ''), 'product ' || p.id)`;

/** Whether the label is a name the owner or the model gave (quoted in sentences), not the number. */
const PRODUCT_NAMED_SQL = `coalesce(nullif(trim(d.title), ''), nullif(trim(d.sku), ''), nullif(trim(p.group_key), '')) IS NOT NULL`;

interface LabelRow {
  label: string;
  named: number;
  draftless: number;
  firstPhoto: string | null;
}

function readLabel(db: Db, productId: number): { label: string; named: boolean } {
  const row = db
    .prepare<[number], LabelRow>(
      `SELECT ${PRODUCT_LABEL_SQL} AS label, ${PRODUCT_NAMED_SQL} AS named, d.product_id IS NULL AS draftless,
              (SELECT original_name FROM photos WHERE product_id = p.id ORDER BY position LIMIT 1) AS firstPhoto
       FROM products p LEFT JOIN drafts d ON d.product_id = p.id WHERE p.id = ?`,
    )
    .get(productId);
  if (!row) return { label: `product ${productId}`, named: false };
  // Before its draft is first read, the product's SKU-to-be is the stem as typed ("TOTE-7"), not
  // the lower-cased grouping key ("tote-7"): name it the way it will be named from then on.
  const typed = row.draftless && row.firstPhoto ? productStemOf(row.firstPhoto) : null;
  return typed ? { label: typed, named: true } : { label: row.label, named: row.named === 1 };
}

export function productLabel(db: Db, productId: number): string {
  return readLabel(db, productId).label;
}

/**
 * The label as it stands in a sentence: a name in quotes (`"Ember mug"`, `"MUG-01"`), so a title
 * that reads like words is not mistaken for them; the number bare (`product 12`), the last resort
 * for a product without title, SKU or file name, or one no longer in the library.
 */
export function quotedProductLabel(db: Db, productId: number): string {
  const { label, named } = readLabel(db, productId);
  return named ? `"${label}"` : label;
}

/** The same at the start of a sentence: "Product 12 has no photos", `"Ember mug" has no photos`. */
export function quotedProductLabelToStart(db: Db, productId: number): string {
  return upperFirst(quotedProductLabel(db, productId));
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
