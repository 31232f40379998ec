import type { Draft, DraftStatus } from '../../shared/domain/draft';
import type { Db } from '../db/open-database';
import { toSnapshot } from './draft-row';

export type RevisionSource = 'edit' | 'generate' | 'restore' | 'import' | 'export' | 'merge';

/** What a revision remembers besides the snapshot. */
export interface RevisionNote {
  /**
   * A generated revision: the status the draft had just before (approval is not a revision of
   * its own), so putting the owner's version back can make it approved again.
   */
  replacedStatus?: DraftStatus;
}

/**
 * Stores `next` as the draft's new current state and as revision current+1. Call inside a
 * transaction: the row update and the snapshot insert must land together or not at all.
 */
export function writeRevision(db: Db, current: Draft, next: Draft, source: RevisionSource, note?: RevisionNote): Draft {
  const revision = current.revision + 1;
  const now = new Date().toISOString();
  const changed = changedColumns(current, next);
  const sets = [...Object.keys(changed).map((column) => `${column} = ?`), 'revision = ?', 'updated_at = ?'];
  db.prepare(`UPDATE drafts SET ${sets.join(', ')} WHERE product_id = ?`).run(...Object.values(changed), revision, now, current.productId);
  db.prepare('INSERT INTO revisions (product_id, revision, snapshot, source, created_at) VALUES (?, ?, ?, ?, ?)').run(
    current.productId,
    revision,
    JSON.stringify({ ...toSnapshot(next), ...note }),
    source,
    now,
  );
  return { ...next, revision, updatedAt: now };
}

/**
 * The drafts columns whose stored value differs, as SQL values. Leaving the rest out of the
 * UPDATE keeps an autosave from rewriting the status and SKU index entries it did not touch.
 */
export function changedColumns(current: Draft, next: Draft): Record<string, string | null> {
  const before = toColumns(current);
  const after = toColumns(next);
  return Object.fromEntries(Object.entries(after).filter(([column, value]) => before[column] !== value));
}

function toColumns(d: Draft): Record<string, string | null> {
  return {
    title: d.title,
    description: d.description,
    tags: JSON.stringify(d.tags),
    attributes: JSON.stringify(d.attributes),
    price: d.price,
    sku: d.sku,
    status: d.status,
    flags: JSON.stringify(d.flags),
    observed: d.observed === null ? null : JSON.stringify(d.observed),
    confirmed: JSON.stringify(d.confirmed),
  };
}
