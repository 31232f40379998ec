import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import type { DraftRow } from '../drafts/draft-row';
import { overwriteDraftRow } from '../drafts/overwrite-draft-row';
import { variantsSnapshot } from './variants-snapshot';
import { quotedProductLabel } from '../drafts/product-label';

interface MergeRow {
  target_id: number;
  target_draft: string | null;
  target_updated_at: string;
  revision_after: number;
  target_option_names: string | null;
  variants_after: string | null;
}

/**
 * Puts a merge back exactly: every photo returns to its product and position, the products merged
 * away come back with the drafts and revisions they kept all along, and the target's draft, its
 * history and its updated time are as before the merge. Refused (changing nothing) when the merged
 * product changed since in a way undoing would lose: an edit, a split, a later merge, the Trash.
 * Returns the ids of the products as they are again, target first.
 */
export function undoMerge(db: Db, mergeId: number): number[] {
  return db
    .transaction(() => {
      const merge = db.prepare<[number], MergeRow>('SELECT target_id, target_draft, target_updated_at, revision_after, target_option_names, variants_after FROM merges WHERE id = ?').get(mergeId);
      if (!merge) throw new AppError('not_found', `Merge ${mergeId} cannot be undone: it was already undone, or its product was deleted from the Trash.`);
      const target = merge.target_id;
      requireUndoable(db, mergeId, merge);
      const sources = db.prepare<[number], number>('SELECT id FROM products WHERE merge_id = ? ORDER BY id').pluck().all(mergeId);
      db.prepare<[number]>('UPDATE photos SET product_id = m.product_id, position = m.position FROM merge_photos m WHERE m.merge_id = ? AND m.photo_id = photos.id').run(mergeId);
      db.prepare<[number]>('UPDATE products SET merge_id = NULL WHERE merge_id = ?').run(mergeId);
      const before = merge.target_draft === null ? null : (JSON.parse(merge.target_draft) as DraftRow);
      db.prepare<[number, number]>('DELETE FROM revisions WHERE product_id = ? AND revision > ?').run(target, before?.revision ?? 0);
      if (before === null) db.prepare<[number]>('DELETE FROM drafts WHERE product_id = ?').run(target);
      else overwriteDraftRow(db, target, before);
      db.prepare<[string, number]>('UPDATE products SET updated_at = ? WHERE id = ?').run(merge.target_updated_at, target);
      // "Make variants": the target's option names as before; the variants the merge made go with
      // it (variants.merge_id cascades) and their photos show no variant again (photos.variant_id).
      if (merge.target_option_names !== null) db.prepare<[string, number]>('UPDATE products SET option_names = ? WHERE id = ?').run(merge.target_option_names, target);
      db.prepare<[number]>('DELETE FROM merges WHERE id = ?').run(mergeId);
      return [target, ...sources];
    })
    .immediate();
}

function requireUndoable(db: Db, mergeId: number, merge: MergeRow): void {
  const target = merge.target_id;
  const state = db.prepare<[number], { deleted_at: string | null; merge_id: number | null }>('SELECT deleted_at, merge_id FROM products WHERE id = ?').get(target)!;
  const refuse = (why: string) => {
    throw new AppError('conflict', `This merge into ${quotedProductLabel(db, target)} cannot be undone: ${why}`);
  };
  if (state.deleted_at !== null) refuse('the product is in the Trash. Restore it first, then undo the merge.');
  if (state.merge_id !== null) refuse('it was merged into another product since. Undo that merge first.');
  const later = db.prepare<[number, number], number>('SELECT 1 FROM merges WHERE target_id = ? AND id > ?').pluck().get(target, mergeId);
  if (later !== undefined) refuse('more products were merged into it since. Undo that later merge first.');
  const revision = db.prepare<[number], number>('SELECT revision FROM drafts WHERE product_id = ?').pluck().get(target) ?? 0;
  if (revision !== merge.revision_after) refuse('its listing was edited since, and undoing would lose that edit. Its History still has every merged draft.');
  const moved = db
    .prepare<[number, number], number>('SELECT count(*) FROM merge_photos m JOIN photos ph ON ph.id = m.photo_id WHERE m.merge_id = ? AND ph.product_id <> ?')
    .pluck()
    .get(mergeId, target)!;
  if (moved > 0) refuse('some of its photos were split off since. Merge them back first.');
  if (merge.variants_after !== null && variantsSnapshot(db, target) !== merge.variants_after) {
    refuse('its variants were changed since (options, values, SKUs or prices), and undoing would lose that. Change them back, or keep the variants and split out the ones you do not want.');
  }
}
