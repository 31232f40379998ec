import type { ExportTarget } from '../../shared/domain/platform-limits';
import type { Db } from '../db/open-database';
import { ensureDraftRows } from './read-draft';

export interface ExportRecord {
  marked: number;
  /** Ids that are not products any more; nothing is recorded for them. */
  missing: number[];
}

/**
 * Records that these products went into `file` for `target` and sets them 'exported', in one
 * transaction. The text is untouched, so no revision is added.
 */
export function markExported(db: Db, productIds: readonly number[], target: ExportTarget, file: string): ExportRecord {
  return db
    .transaction(() => {
      const missing = ensureDraftRows(db, productIds);
      const skip = new Set(missing);
      const insert = db.prepare('INSERT INTO exports (product_id, target, file, exported_at) VALUES (?, ?, ?, ?)');
      const update = db.prepare("UPDATE drafts SET status = 'exported', updated_at = ? WHERE product_id = ?");
      const now = new Date().toISOString();
      let marked = 0;
      for (const id of new Set(productIds)) {
        if (skip.has(id)) continue;
        insert.run(id, target, file, now);
        update.run(now, id);
        marked++;
      }
      return { marked, missing };
    })
    .immediate();
}
