import type { Draft } from '../../shared/domain/draft';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { quotedProductLabelToStart } from './product-label';
import type { DraftSnapshot } from './draft-row';
import { readDraft } from './read-draft';
import { writeRevision } from './write-revision';

/**
 * Brings back an old revision's text as a new revision (source 'restore'), so the restore itself
 * can be undone. The status stays where the shop owner put it; only the text goes back.
 */
export function restoreRevision(db: Db, productId: number, revision: number): Draft {
  return db
    .transaction(() => {
      const current = readDraft(db, productId);
      const row = db
        .prepare<[number, number], { snapshot: string }>('SELECT snapshot FROM revisions WHERE product_id = ? AND revision = ?')
        .get(productId, revision);
      if (!row) {
        throw new AppError('not_found', `${quotedProductLabelToStart(db, productId)} has no revision ${revision}; its latest is ${current.revision}. Pick one from the history list.`);
      }
      const old = JSON.parse(row.snapshot) as DraftSnapshot;
      const next: Draft = {
        ...current,
        title: old.title,
        description: old.description,
        tags: old.tags,
        attributes: old.attributes,
        price: old.price,
        sku: old.sku,
        // The facts the model saw when it wrote that text; older snapshots did not keep them.
        observed: old.observed !== undefined ? old.observed : current.observed,
        status: current.status === 'new' ? 'draft' : current.status,
      };
      return writeRevision(db, current, next, 'restore');
    })
    .immediate();
}
