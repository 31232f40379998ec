import { describe, expect, it } from 'vitest';
import type { MergePlanEntry } from '../../../../shared/domain/merge-plan';
import { describeMergeDraft, describeMergeOutcome } from '../../../../renderer/src/library/describe-merge-outcome';

const entry = (productId: number, outcome: MergePlanEntry['outcome'], over: Partial<MergePlanEntry> = {}): MergePlanEntry => ({ productId, title: '', name: `product ${productId}`, status: 'new', revision: 0, outcome, ...over });

describe('describeMergeOutcome', () => {
  it('says an empty target is replaced when a source becomes the listing, and plain empty otherwise', () => {
    const plan = [entry(1, 'nothing-to-keep'), entry(2, 'becomes-current'), entry(3, 'nothing-to-keep')];
    expect(plan.map((e) => describeMergeOutcome(e, plan))).toEqual([
      'empty; replaced by the listing below',
      "becomes the merged product's listing (the other one is empty)",
      'empty; nothing to keep',
    ]);
  });

  it('names a draft by title, status and saved versions, else by its SKU or file-name stem, by number only when it has none', () => {
    expect(describeMergeDraft(entry(4, 'kept-in-history', { title: 'Oak bowl', name: 'Oak bowl', status: 'approved', revision: 3 }))).toBe('Oak bowl (approved, 3 saved versions)');
    expect(describeMergeDraft(entry(6, 'nothing-to-keep', { name: 'BOWL-03' }))).toBe('BOWL-03 (new, never edited)');
    expect(describeMergeDraft(entry(7, 'nothing-to-keep', { name: 'linen-tote' }))).toBe('linen-tote (new, never edited)');
    expect(describeMergeDraft(entry(5, 'nothing-to-keep'))).toBe('Product 5 (new, never edited)');
  });
});
