import { planMerge, type MergePlanEntry } from '../../shared/domain/merge-plan';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { quotedProductLabelToStart } from '../drafts/product-label';
import { readMergeDraft } from './merge-draft-facts';
import { refuseSourcesWithVariants } from './refuse-sources-with-variants';
import { requireProducts } from './require-products';

/** What mergeProducts would do with each draft, target first; changes nothing. */
export function previewMerge(db: Db, targetId: number, sourceIds: readonly number[]): MergePlanEntry[] {
  const sources = [...new Set(sourceIds)];
  if (sources.includes(targetId)) {
    throw new AppError('invalid_input', `${quotedProductLabelToStart(db, targetId)} cannot be merged into itself; choose other products to merge into it.`);
  }
  requireProducts(db, [targetId, ...sources], { inLibrary: true });
  refuseSourcesWithVariants(db, sources);
  return planMerge(readMergeDraft(db, targetId).facts, sources.map((id) => readMergeDraft(db, id).facts));
}
