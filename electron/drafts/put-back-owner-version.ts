import type { Draft } from '../../shared/domain/draft';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { quotedProductLabel, quotedProductLabelToStart } from './product-label';
import type { DraftSnapshot } from './draft-row';
import { readDraft } from './read-draft';
import { writeRevision, type RevisionNote } from './write-revision';

/**
 * Puts back the version a generation replaced, as a new revision (source 'restore'), so the put-back
 * can itself be undone. Unlike a restore from the history list, the status and flags come back
 * too: a rewrite turned an approved draft into a flagged one, and putting it back means approved.
 * An exported draft comes back as exported: its export records still name it.
 */
export function putBackOwnerVersion(db: Db, productId: number): Draft {
  return db
    .transaction(() => {
      const current = readDraft(db, productId);
      const latest = db
        .prepare<[number, number], { source: string; snapshot: string }>('SELECT source, snapshot FROM revisions WHERE product_id = ? AND revision = ?')
        .get(productId, current.revision);
      if (latest?.source !== 'generate') {
        throw new AppError('conflict', `The latest version of ${quotedProductLabel(db, productId)} was not written by the model, so there is nothing to put back. Pick an older version from its history instead.`);
      }
      const before = db
        .prepare<[number, number], { snapshot: string }>('SELECT snapshot FROM revisions WHERE product_id = ? AND revision = ?')
        .get(productId, current.revision - 1);
      if (!before) {
        throw new AppError('conflict', `${quotedProductLabelToStart(db, productId)} had no text before the model wrote this draft, so there is nothing to put back.`);
      }
      const { title, description, tags, attributes, price, sku, status, flags, observed } = JSON.parse(before.snapshot) as DraftSnapshot;
      // An approval is not a revision of its own: the generated revision noted the status it replaced.
      const replaced = (JSON.parse(latest.snapshot) as RevisionNote).replacedStatus ?? status;
      return writeRevision(db, current, { ...current, title, description, tags, attributes, price, sku, status: replaced, flags, observed: observed !== undefined ? observed : current.observed }, 'restore');
    })
    .immediate();
}
