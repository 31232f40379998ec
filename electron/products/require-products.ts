import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { inLibrary } from './in-library';

/**
 * Throws not_found naming every id that is not a product, so the caller can refresh its view.
 * With `inLibrary`, a product in the Trash or merged into another counts as missing too.
 */
export function requireProducts(db: Db, productIds: readonly number[], opts: { inLibrary?: boolean } = {}): void {
  const sql = opts.inLibrary ? `SELECT 1 FROM products p WHERE p.id = ? AND ${inLibrary('p')}` : 'SELECT 1 FROM products WHERE id = ?';
  const exists = db.prepare<[number], number>(sql).pluck();
  const missing = [...new Set(productIds)].filter((id) => exists.get(id) === undefined);
  if (missing.length === 0) return;
  const list = describeIds(missing);
  const where = opts.inLibrary ? 'in the library (it may be in the Trash, deleted or merged)' : 'in this library; it may have been deleted or merged';
  throw new AppError('not_found', `${list} ${missing.length === 1 ? 'is' : 'are'} not ${where}. Refresh the product list and try again.`);
}

/** "Product 4" or "Products 4, 9 and 12" (the first ten, then a count). */
export function describeIds(ids: readonly number[]): string {
  if (ids.length === 1) return `Product ${ids[0]}`;
  const shown = ids.slice(0, 10);
  const rest = ids.length - shown.length;
  const head = rest > 0 ? `${shown.join(', ')} and ${rest} more` : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `Products ${head}`;
}
