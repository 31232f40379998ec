import { planMerge, type MergePlanEntry } from '../../shared/domain/merge-plan';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { quotedProductLabelToStart } from '../drafts/product-label';
import { DRAFT_COLUMNS, toDraft, toSnapshot, type DraftRow } from '../drafts/draft-row';
import { overwriteDraftRow } from '../drafts/overwrite-draft-row';
import { readMergeDraft } from './merge-draft-facts';
import { refuseSourcesWithVariants } from './refuse-sources-with-variants';
import { renumberPhotos, touchProduct } from './renumber-photos';
import { requireProducts } from './require-products';

export interface MergeResult {
  productId: number;
  /** Hand to undoMerge to put every product back as it was. */
  mergeId: number;
  plan: MergePlanEntry[];
}

/**
 * Moves every photo of the sources into the target, after the target's own and in the order the
 * sources were given. Nothing is deleted: each source stays in the library file, hidden under the
 * merge with its draft and revisions; every source draft that holds work is also written into the
 * target's history (source 'merge'), and an empty target draft takes the first such one's place
 * (see planMerge). The merge records where every photo was and the target's draft before, so
 * undoMerge can restore all of it. One transaction: either the merge happened or nothing moved.
 */
export interface MergeOptions {
  /**
   * Keep the target's option names as they are now (merges.target_option_names), so undoing puts
   * them back: "Make variants" names the options after merging.
   */
  keepOptionNames?: boolean;
}

export function mergeProducts(db: Db, targetId: number, sourceIds: readonly number[], opts: MergeOptions = {}): MergeResult {
  const sources = [...new Set(sourceIds)];
  if (sources.includes(targetId)) {
    throw new AppError('invalid_input', `${quotedProductLabelToStart(db, targetId)} cannot be merged into itself; choose other products to merge into it.`);
  }
  return db
    .transaction(() => {
      requireProducts(db, [targetId, ...sources], { inLibrary: true });
      refuseSourcesWithVariants(db, sources);
      const now = new Date().toISOString();
      const target = readMergeDraft(db, targetId);
      const fromSources = sources.map((id) => readMergeDraft(db, id));
      const plan = planMerge(target.facts, fromSources.map((s) => s.facts));
      const mergeId = recordMerge(db, targetId, target.row, now);
      if (opts.keepOptionNames) {
        db.prepare<[number, number]>('UPDATE merges SET target_option_names = (SELECT option_names FROM products WHERE id = ?) WHERE id = ?').run(targetId, mergeId);
      }
      recordPhotoPlaces(db, mergeId, [targetId, ...sources]);
      movePhotos(db, targetId, sources);
      db.prepare<[number, ...number[]]>(`UPDATE products SET merge_id = ? WHERE id IN (${sources.map(() => '?').join(', ')})`).run(mergeId, ...sources);
      const revisionAfter = carryDrafts(db, targetId, plan, fromSources.map((s) => s.row), now);
      db.prepare<[number, number]>('UPDATE merges SET revision_after = ? WHERE id = ?').run(revisionAfter, mergeId);
      touchProduct(db, targetId, now);
      return { productId: targetId, mergeId, plan };
    })
    .immediate();
}

function recordMerge(db: Db, targetId: number, targetDraft: DraftRow | undefined, now: string): number {
  const updatedAt = db.prepare<[number], string>('SELECT updated_at FROM products WHERE id = ?').pluck().get(targetId)!;
  const insert = db.prepare<[number, string | null, string, number, string]>(
    'INSERT INTO merges (target_id, target_draft, target_updated_at, revision_after, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  return Number(insert.run(targetId, targetDraft ? JSON.stringify(targetDraft) : null, updatedAt, targetDraft?.revision ?? 0, now).lastInsertRowid);
}

function recordPhotoPlaces(db: Db, mergeId: number, productIds: readonly number[]): void {
  const record = db.prepare<[number, number]>('INSERT INTO merge_photos (merge_id, photo_id, product_id, position) SELECT ?, id, product_id, position FROM photos WHERE product_id = ?');
  for (const id of productIds) record.run(mergeId, id);
}

function movePhotos(db: Db, targetId: number, sources: readonly number[]): void {
  const after = db.prepare<[number], number>('SELECT coalesce(max(position) + 1, 0) FROM photos WHERE product_id = ?').pluck();
  const first = db.prepare<[number], number>('SELECT coalesce(min(position), 0) FROM photos WHERE product_id = ?').pluck();
  const move = db.prepare<[number, number, number]>('UPDATE photos SET product_id = ?, position = ? + position WHERE product_id = ?');
  for (const source of sources) move.run(targetId, after.get(targetId)! - first.get(source)!, source);
  renumberPhotos(db, targetId);
}

/**
 * Writes each source draft with work into the target's history, the one that becomes current
 * last; when the target's own draft stays, it is restated last so the newest revision is always
 * the current draft. Returns the target's revision afterwards.
 */
function carryDrafts(db: Db, targetId: number, plan: readonly MergePlanEntry[], sourceRows: readonly (DraftRow | undefined)[], now: string): number {
  const kept = plan.slice(1).flatMap((entry, i) => (entry.outcome === 'kept-in-history' || entry.outcome === 'becomes-current' ? [{ entry, row: sourceRows[i]! }] : []));
  if (kept.length === 0) return readTargetRow(db, targetId)?.revision ?? 0;
  db.prepare<[number, string]>('INSERT OR IGNORE INTO drafts (product_id, updated_at) VALUES (?, ?)').run(targetId, now);
  const current = readTargetRow(db, targetId)!;
  const ordered = [...kept.filter((k) => k.entry.outcome === 'kept-in-history'), ...kept.filter((k) => k.entry.outcome === 'becomes-current')];
  const insert = db.prepare<[number, number, string, string]>("INSERT INTO revisions (product_id, revision, snapshot, source, created_at) VALUES (?, ?, ?, 'merge', ?)");
  let revision = current.revision;
  for (const { entry, row } of ordered) insert.run(targetId, ++revision, JSON.stringify({ ...toSnapshot(toDraft(row)), mergedFrom: entry.productId }), now);
  const adopted = ordered.find((k) => k.entry.outcome === 'becomes-current');
  if (adopted) {
    overwriteDraftRow(db, targetId, { ...adopted.row, revision, updated_at: now });
  } else {
    insert.run(targetId, ++revision, JSON.stringify(toSnapshot(toDraft(current))), now);
    db.prepare<[number, string, number]>('UPDATE drafts SET revision = ?, updated_at = ? WHERE product_id = ?').run(revision, now, targetId);
  }
  return revision;
}

function readTargetRow(db: Db, targetId: number): DraftRow | undefined {
  return db.prepare<[number], DraftRow>(`SELECT ${DRAFT_COLUMNS} FROM drafts WHERE product_id = ?`).get(targetId);
}
