import type { Db } from '../db/open-database';
import type { DraftRow } from './draft-row';

/**
 * Sets every column of the product's drafts row from `row`, as stored. Only for moving whole
 * drafts (a merge adopting one, its undo putting one back); an edit goes through writeRevision.
 * A row recorded before migration 009 (an undo kept from then) has no observation or confirmations.
 */
export function overwriteDraftRow(db: Db, productId: number, row: Omit<DraftRow, 'product_id'>): void {
  db.prepare(
    'UPDATE drafts SET title = ?, description = ?, tags = ?, attributes = ?, price = ?, sku = ?, status = ?, flags = ?, observed = ?, confirmed = ?, revision = ?, updated_at = ? WHERE product_id = ?',
  ).run(row.title, row.description, row.tags, row.attributes, row.price, row.sku, row.status, row.flags, row.observed ?? null, row.confirmed ?? '[]', row.revision, row.updated_at, productId);
}
