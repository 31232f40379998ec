import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open-database';
import { inLibrary } from '../../products/in-library';

/** The products a job covers: every product in the library (not the Trash), or the given ids (each once), all of which must be in it. */
export function selectProducts(db: Db, input: { productIds?: number[]; all?: boolean }): number[] {
  if (input.all) {
    const all = db.prepare<[], number>(`SELECT p.id FROM products p WHERE ${inLibrary('p')} ORDER BY p.id`).pluck().all();
    if (all.length === 0) throw new AppError('invalid_input', 'This library has no products yet. Import photos first, then generate.');
    return all;
  }
  const ids = [...new Set(input.productIds ?? [])];
  if (ids.length === 0) throw new AppError('invalid_input', 'Choose at least one product to generate.');
  const exists = db.prepare<[number], number>(`SELECT 1 FROM products p WHERE p.id = ? AND ${inLibrary('p')}`).pluck();
  const missing = ids.filter((id) => exists.get(id) === undefined);
  if (missing.length > 0) {
    const list = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
    throw new AppError('not_found', `Product${missing.length === 1 ? '' : 's'} ${list} ${missing.length === 1 ? 'is' : 'are'} not in this library; refresh the product list and try again.`);
  }
  return ids;
}
