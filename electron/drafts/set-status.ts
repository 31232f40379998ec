import type { DraftStatus } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { ensureDraftRows } from './read-draft';

export interface StatusChange {
  updated: number;
  /** Ids that are not products (deleted or merged meanwhile); the rest were still updated. */
  missing: number[];
}

/**
 * Sets the status of many drafts in one transaction. A status change is not a text save, so it
 * adds no revision. 'exported' is set only by markExported, which also records where.
 */
export function setStatus(db: Db, productIds: readonly number[], status: Exclude<DraftStatus, 'exported'>): StatusChange {
  return db
    .transaction(() => {
      const missing = ensureDraftRows(db, productIds);
      const skip = new Set(missing);
      const update = db.prepare('UPDATE drafts SET status = ?, updated_at = ? WHERE product_id = ? AND status <> ?');
      const now = new Date().toISOString();
      let updated = 0;
      for (const id of new Set(productIds)) {
        if (!skip.has(id)) updated += update.run(status, now, id, status).changes;
      }
      return { updated, missing };
    })
    .immediate();
}
