import type { VariantField, VariantPlan } from '../../shared/domain/product-import';
import type { OptionValueSource } from '../../shared/domain/variant';
import type { Db } from '../db/open-database';

/** Names the product's options as the file does; only called for a product that has none yet. */
export function setOptionNames(db: Db, productId: number, names: readonly string[]): void {
  db.prepare(`UPDATE products SET option_names = ?, updated_at = ? WHERE id = ? AND option_names = '[]'`).run(JSON.stringify(names), new Date().toISOString(), productId);
}

const COLUMN: Record<Exclude<VariantField, 'options'>, string> = { sku: 'sku', price: 'price', barcode: 'barcode', quantity: 'quantity' };

/**
 * Writes one variant row: every fill, and only the conflicts the owner chose to take. A new
 * variant goes last in the product's order, its values marked as coming from the import; an
 * updated one marks only the values that changed. Returns what happened to the variant.
 */
export function applyVariantPlan(db: Db, productId: number, plan: VariantPlan, take: ReadonlySet<VariantField>, createVariants: boolean): 'created' | 'updated' | 'skipped' | 'unchanged' {
  const now = new Date().toISOString();
  const changes = [...plan.fills, ...plan.conflicts.filter((c) => take.has(c.field))];
  let variantId = plan.variantId;
  let outcome: 'created' | 'updated' | 'skipped' | 'unchanged' = 'unchanged';
  if (variantId === null) {
    if (!createVariants) return 'skipped';
    const position = db.prepare<[number], number>('SELECT coalesce(max(position) + 1, 0) FROM variants WHERE product_id = ?').pluck().get(productId)!;
    const value = (field: Exclude<VariantField, 'options'>) => changes.find((c) => c.field === field)?.incoming ?? null;
    variantId = Number(
      db
        .prepare(`INSERT INTO variants (product_id, position, option_values, value_sources, sku, price, barcode, quantity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(productId, position, JSON.stringify(plan.values), JSON.stringify(plan.values.map((): OptionValueSource => 'import')), value('sku'), value('price'), value('barcode'), value('quantity'), now, now).lastInsertRowid,
    );
    outcome = 'created';
  } else if (changes.length > 0) {
    const current = db.prepare<[number], { option_values: string; value_sources: string }>('SELECT option_values, value_sources FROM variants WHERE id = ?').get(variantId)!;
    const sets: string[] = [];
    const params: (string | number)[] = [];
    for (const change of changes) {
      if (change.field === 'options') {
        const before = JSON.parse(current.option_values) as string[];
        const sources = JSON.parse(current.value_sources) as OptionValueSource[];
        const nextSources = plan.values.map((v, i): OptionValueSource => (v === (before[i] ?? '') ? (sources[i] ?? 'import') : 'import'));
        sets.push('option_values = ?', 'value_sources = ?');
        params.push(JSON.stringify(plan.values), JSON.stringify(nextSources));
      } else {
        sets.push(`${COLUMN[change.field]} = ?`);
        params.push(change.incoming);
      }
    }
    db.prepare(`UPDATE variants SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...params, now, variantId);
    outcome = 'updated';
  }
  // Only a photo that shows no variant yet: which variant a photo shows is the owner's to change.
  if (plan.photoId !== null) db.prepare('UPDATE photos SET variant_id = ? WHERE id = ? AND product_id = ? AND variant_id IS NULL').run(variantId, plan.photoId, productId);
  return outcome;
}
