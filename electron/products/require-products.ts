import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';

/** Throws not_found naming every id that is not a product, so the caller can refresh its view. */
export function requireProducts(db: Db, productIds: readonly number[]): void {
  const exists = db.prepare<[number], number>('SELECT 1 FROM products WHERE id = ?').pluck();
  const missing = [...new Set(productIds)].filter((id) => exists.get(id) === undefined);
  if (missing.length === 0) return;
  const list = describeIds(missing);
  throw new AppError('not_found', `${list} ${missing.length === 1 ? 'is' : 'are'} not in this library; it may have been deleted or merged. Refresh the product list and try again.`);
}

/** "Product 4" or "Products 4, 9 and 12" (the first ten, then a count). */
export function describeIds(ids: readonly number[]): string {
  if (ids.length === 1) return `Product ${ids[0]}`;
  const shown = ids.slice(0, 10);
  const rest = ids.length - shown.length;
  const head = rest > 0 ? `${shown.join(', ')} and ${rest} more` : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `Products ${head}`;
}
