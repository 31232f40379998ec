import type { MergePlanEntry } from '../../../shared/domain/merge-plan';

/** What becomes of one product's draft in a merge, in the owner's words. */
export function describeMergeOutcome(entry: MergePlanEntry, plan: readonly MergePlanEntry[]): string {
  switch (entry.outcome) {
    case 'stays-current':
      return "stays the merged product's listing";
    case 'becomes-current':
      return "becomes the merged product's listing (the other one is empty)";
    case 'kept-in-history':
      return "kept in the merged product's History, where you can restore it";
    case 'nothing-to-keep':
      return plan.some((e) => e.outcome === 'becomes-current') && entry === plan[0] ? 'empty; replaced by the listing below' : 'empty; nothing to keep';
  }
}

/** "Blue jug (approved, 3 saved versions)"; "MUG-01 (new, never edited)" when only its file name names it. */
export function describeMergeDraft(entry: MergePlanEntry): string {
  // A SKU or file-name stem stays as typed; only the "product 12" of a product without any name is capitalised.
  const name = entry.title.trim() || (/^product \d+$/.test(entry.name) ? `P${entry.name.slice(1)}` : entry.name);
  const versions = entry.revision === 0 ? 'never edited' : `${entry.revision} saved version${entry.revision === 1 ? '' : 's'}`;
  return `${name} (${entry.status}, ${versions})`;
}
