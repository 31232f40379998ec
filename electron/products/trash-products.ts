import type { Db } from '../db/open-database';
import { inLibrary, inTrash } from './in-library';

export interface TrashResult {
  /** How many products moved. */
  count: number;
  /** Ids that were not there to move (already moved, deleted or merged); not an error, so a retry is harmless. */
  missing: number[];
}

/** Moves products from the library to the Trash; nothing is deleted, and restoreProducts brings them back. */
export function trashProducts(db: Db, productIds: readonly number[], now = new Date()): TrashResult {
  const move = db.prepare<[string, number]>(`UPDATE products AS p SET deleted_at = ? WHERE p.id = ? AND ${inLibrary('p')}`);
  return eachOnce(db, productIds, (id) => move.run(now.toISOString(), id).changes > 0);
}

/** Brings products back from the Trash into the library, exactly as they were. */
export function restoreProducts(db: Db, productIds: readonly number[]): TrashResult {
  const back = db.prepare<[number]>(`UPDATE products AS p SET deleted_at = NULL WHERE p.id = ? AND ${inTrash('p')}`);
  return eachOnce(db, productIds, (id) => back.run(id).changes > 0);
}

function eachOnce(db: Db, productIds: readonly number[], apply: (id: number) => boolean): TrashResult {
  return db
    .transaction(() => {
      const missing: number[] = [];
      let count = 0;
      for (const id of new Set(productIds)) {
        if (apply(id)) count++;
        else missing.push(id);
      }
      return { count, missing };
    })
    .immediate();
}
