import type { MergeDraftFacts } from '../../shared/domain/merge-plan';
import type { Db } from '../db/open-database';
import { DRAFT_COLUMNS, type DraftRow } from '../drafts/draft-row';
import { productLabel } from '../drafts/product-label';

/** The product's drafts row (undefined when it has none yet) and the facts a merge plan needs. */
export function readMergeDraft(db: Db, productId: number): { row: DraftRow | undefined; facts: MergeDraftFacts } {
  const row = db.prepare<[number], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE product_id = ?`).get(productId);
  const facts: MergeDraftFacts = row
    ? { productId, title: row.title, name: productLabel(db, productId), status: row.status, revision: row.revision, hasText: hasText(row) }
    : { productId, title: '', name: productLabel(db, productId), status: 'new', revision: 0, hasText: false };
  return { row, facts };
}

function hasText(row: DraftRow): boolean {
  return (
    row.title.trim() !== '' ||
    row.description.trim() !== '' ||
    row.tags !== '[]' ||
    row.attributes !== '{}' ||
    (row.price ?? '') !== '' ||
    (row.sku ?? '').trim() !== ''
  );
}
