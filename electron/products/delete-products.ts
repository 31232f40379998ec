import type { Db } from '../db/open-database';

export interface DeleteResult {
  deleted: number;
  /** Ids that were already gone; deleting is idempotent, so these are not an error. */
  missing: number[];
}

/**
 * Deletes products with their photos rows, drafts, revisions and export records (ON DELETE
 * CASCADE), in one transaction. Image and thumbnail files on disk belong to the photo store
 * and are left to it.
 */
export function deleteProducts(db: Db, productIds: readonly number[]): DeleteResult {
  return db
    .transaction(() => {
      const remove = db.prepare<[number]>('DELETE FROM products WHERE id = ?');
      const missing: number[] = [];
      let deleted = 0;
      for (const id of new Set(productIds)) {
        if (remove.run(id).changes > 0) deleted++;
        else missing.push(id);
      }
      return { deleted, missing };
    })
    .immediate();
}
