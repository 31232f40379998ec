import type { Db } from '../../../electron/db/open-database';
import type { OptionValueSource } from '../../../shared/domain/variant';

export interface SeedVariant {
  values: string[];
  sources?: OptionValueSource[];
  sku?: string | null;
  price?: string | null;
  barcode?: string | null;
  quantity?: string | null;
  /** Original names of the product's photos that show this variant. */
  photos?: string[];
}

/**
 * Gives a seeded product option names and variant rows the way an import leaves them (values from
 * the file names), tagging the named photos. Returns the variant ids in order.
 */
export function seedVariants(db: Db, productId: number, optionNames: string[], variants: readonly SeedVariant[]): number[] {
  const now = new Date().toISOString();
  const insert = db.prepare(
    'INSERT INTO variants (product_id, position, option_values, value_sources, sku, price, barcode, quantity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const tag = db.prepare('UPDATE photos SET variant_id = ? WHERE product_id = ? AND original_name = ?');
  return db.transaction(() => {
    db.prepare('UPDATE products SET option_names = ? WHERE id = ?').run(JSON.stringify(optionNames), productId);
    return variants.map((v, position) => {
      const sources = v.sources ?? v.values.map(() => 'name');
      const id = Number(insert.run(productId, position, JSON.stringify(v.values), JSON.stringify(sources), v.sku ?? null, v.price ?? null, v.barcode ?? null, v.quantity ?? null, now, now).lastInsertRowid);
      for (const photo of v.photos ?? []) tag.run(id, productId, photo);
      return id;
    });
  })();
}

/** Every row of the tables variants touch, for before/after comparisons. */
export function variantTables(db: Db): Record<string, unknown[]> {
  const tables = ['products', 'photos', 'drafts', 'revisions', 'variants', 'merges', 'merge_photos', 'variant_splits'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}
