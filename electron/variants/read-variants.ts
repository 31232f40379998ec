import type { Db } from '../db/open-database';
import type { OptionValueSource, ProductVariants, Variant } from '../../shared/domain/variant';

/** A variants row as stored (split-variant keeps one whole in variant_splits.variant). */
export interface StoredVariantRow {
  id: number;
  product_id: number;
  position: number;
  option_values: string;
  value_sources: string;
  sku: string | null;
  price: string | null;
  barcode: string | null;
  quantity: string | null;
  merge_id: number | null;
  created_at: string;
  updated_at: string;
}

/** What VARIANT_SELECT gives: the row's fields and its photo ids. */
type VariantRow = Omit<StoredVariantRow, 'merge_id' | 'created_at' | 'updated_at'> & { photo_ids: string };

/** The variant columns plus the ids of the variant's photos (in the product's photo order) as one JSON array. */
export const VARIANT_SELECT = `
  SELECT v.id, v.product_id, v.position, v.option_values, v.value_sources, v.sku, v.price, v.barcode, v.quantity,
    (SELECT json_group_array(ph.id) FROM (SELECT id FROM photos WHERE variant_id = v.id ORDER BY position) ph) AS photo_ids
  FROM variants v`;

/** A product's option names and its variants in order; empty lists for a product without variants. */
export function readProductVariants(db: Db, productId: number): ProductVariants {
  const names = db.prepare<[number], string>('SELECT option_names FROM products WHERE id = ?').pluck().get(productId) ?? '[]';
  const rows = db.prepare<[number], VariantRow>(`${VARIANT_SELECT} WHERE v.product_id = ? ORDER BY v.position, v.id`).all(productId);
  return { productId, optionNames: JSON.parse(names) as string[], variants: rows.map(toVariant) };
}

export function toVariant(row: VariantRow): Variant {
  return {
    id: row.id,
    productId: row.product_id,
    position: row.position,
    values: JSON.parse(row.option_values) as string[],
    valueSources: JSON.parse(row.value_sources) as OptionValueSource[],
    sku: row.sku,
    price: row.price,
    barcode: row.barcode,
    quantity: row.quantity,
    photoIds: JSON.parse(row.photo_ids) as number[],
  };
}

export type { VariantRow };
