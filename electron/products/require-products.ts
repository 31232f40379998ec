import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { inLibrary } from './in-library';
import { quotedProductLabel, upperFirst } from '../drafts/product-label';

/**
 * Throws not_found naming every id that is not a product, so the caller can refresh its view.
 * With `inLibrary`, a product in the Trash or merged into another counts as missing too.
 */
export function requireProducts(db: Db, productIds: readonly number[], opts: { inLibrary?: boolean } = {}): void {
  const sql = opts.inLibrary ? `SELECT 1 FROM products p WHERE p.id = ? AND ${inLibrary('p')}` : 'SELECT 1 FROM products WHERE id = ?';
  const exists = db.prepare<[number], number>(sql).pluck();
  const missing = [...new Set(productIds)].filter((id) => exists.get(id) === undefined);
  if (missing.length === 0) return;
  const list = describeProducts(db, missing);
  const where = opts.inLibrary ? 'in the library (it may be in the Trash, deleted or merged)' : 'in this library; it may have been deleted or merged';
  throw new AppError('not_found', `${list} ${missing.length === 1 ? 'is' : 'are'} not ${where}. Refresh the product list and try again.`);
}

/**
 * Products as messages name them: `"Ember mug"`, `"Ember mug", "BOWL-03" and product 12`, else,
 * when none has a name (none left in the library), "Products 4, 9 and 12"; the first ten, then a count.
 */
export function describeProducts(db: Db, ids: readonly number[]): string {
  const names = ids.map((id) => quotedProductLabel(db, id));
  if (names.every((name, i) => name === `product ${ids[i]}`)) return describeIds(ids);
  return upperFirst(joinShown(names));
}

function joinShown(items: readonly string[]): string {
  if (items.length === 1) return items[0]!;
  const shown = items.slice(0, 10);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "Product 4" or "Products 4, 9 and 12" (the first ten, then a count). */
export function describeIds(ids: readonly number[]): string {
  if (ids.length === 1) return `Product ${ids[0]}`;
  return `Products ${joinShown(ids.map(String))}`;
}
