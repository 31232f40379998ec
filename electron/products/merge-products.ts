import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { renumberPhotos, touchProduct } from './renumber-photos';
import { requireProducts } from './require-products';

/**
 * Moves every photo of the sources into the target, after the target's own and in the order
 * the sources were given, then deletes the sources (their drafts and revisions go with them).
 * One transaction: either the merge happened or nothing moved.
 */
export function mergeProducts(db: Db, targetId: number, sourceIds: readonly number[]): number {
  const sources = [...new Set(sourceIds)];
  if (sources.includes(targetId)) {
    throw new AppError('invalid_input', `Product ${targetId} cannot be merged into itself; choose other products to merge into it.`);
  }
  return db
    .transaction(() => {
      requireProducts(db, [targetId, ...sources]);
      const after = db.prepare<[number], number>('SELECT coalesce(max(position) + 1, 0) FROM photos WHERE product_id = ?').pluck();
      const move = db.prepare<[number, number, number]>('UPDATE photos SET product_id = ?, position = ? + position WHERE product_id = ?');
      const remove = db.prepare<[number]>('DELETE FROM products WHERE id = ?');
      for (const source of sources) {
        const offset = after.get(targetId)! - minPosition(db, source);
        move.run(targetId, offset, source);
        remove.run(source);
      }
      renumberPhotos(db, targetId);
      touchProduct(db, targetId, new Date().toISOString());
      return targetId;
    })
    .immediate();
}

function minPosition(db: Db, productId: number): number {
  return db.prepare<[number], number>('SELECT coalesce(min(position), 0) FROM photos WHERE product_id = ?').pluck().get(productId)!;
}
