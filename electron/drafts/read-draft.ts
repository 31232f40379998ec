import { AppError } from '../../shared/errors';
import type { Draft } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { productStemOf } from '../photos/group-by-stem';
import { DRAFT_COLUMNS, toDraft, type DraftRow } from './draft-row';

/**
 * Creates the empty 'new' draft of each product that has none yet; products are created by the
 * photo import without one. The file-name stem of its first photo ("MUG-01" for MUG-01_1.jpg,
 * as the owner typed it) becomes the draft's SKU, so the product has a name and a SKU until the
 * owner types better ones. Returns the ids that are not products at all.
 */
export function ensureDraftRows(db: Db, productIds: readonly number[]): number[] {
  const exists = db.prepare<[number], { id: number }>('SELECT id FROM products WHERE id = ?');
  const firstPhoto = db.prepare<[number], string>('SELECT original_name FROM photos WHERE product_id = ? ORDER BY position LIMIT 1').pluck();
  const insert = db.prepare<[number, string | null, string]>('INSERT OR IGNORE INTO drafts (product_id, sku, updated_at) VALUES (?, ?, ?)');
  const now = new Date().toISOString();
  const missing: number[] = [];
  for (const id of new Set(productIds)) {
    if (!exists.get(id)) {
      missing.push(id);
      continue;
    }
    const photo = firstPhoto.get(id);
    insert.run(id, photo ? productStemOf(photo) : null, now);
  }
  return missing;
}

/** The product's draft, created empty if needed; not_found if there is no such product. */
export function readDraft(db: Db, productId: number): Draft {
  const row = db.prepare<[number], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE product_id = ?`).get(productId);
  if (row) return toDraft(row);
  if (ensureDraftRows(db, [productId]).length > 0) throw unknownProduct(productId);
  return toDraft(db.prepare<[number], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE product_id = ?`).get(productId)!);
}

export function unknownProduct(productId: number): AppError {
  return new AppError('not_found', `Product ${productId} is not in this library; it may have been deleted or merged. Refresh the product list.`);
}
