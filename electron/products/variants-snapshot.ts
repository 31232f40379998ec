import type { Db } from '../db/open-database';

/**
 * A product's option names, variant rows and which photo shows which variant, as one string:
 * equal strings mean nothing about its variants changed. "Make variants" records it after the
 * merge; undoing the merge compares it, so an edit made since is never undone unseen.
 */
export function variantsSnapshot(db: Db, productId: number): string {
  const names = db.prepare<[number], string>('SELECT option_names FROM products WHERE id = ?').pluck().get(productId) ?? '[]';
  const variants = db
    .prepare<[number], unknown[]>('SELECT id, position, option_values, value_sources, sku, price, barcode, quantity, merge_id FROM variants WHERE product_id = ? ORDER BY id')
    .raw()
    .all(productId);
  const tags = db.prepare<[number], unknown[]>('SELECT id, variant_id FROM photos WHERE product_id = ? AND variant_id IS NOT NULL ORDER BY id').raw().all(productId);
  return JSON.stringify({ names, variants, tags });
}
