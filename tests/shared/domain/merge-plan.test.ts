import { describe, expect, it } from 'vitest';
import { planMerge, type MergeDraftFacts } from '../../../shared/domain/merge-plan';

const draft = (productId: number, over: Partial<MergeDraftFacts> = {}): MergeDraftFacts => ({ productId, title: '', name: `product ${productId}`, status: 'new', revision: 0, hasText: false, ...over });
const outcomes = (target: MergeDraftFacts, sources: MergeDraftFacts[]) => planMerge(target, sources).map((e) => [e.productId, e.outcome]);

describe('planMerge', () => {
  it("keeps the target's draft and puts every source with work into history", () => {
    expect(outcomes(draft(1, { revision: 2, hasText: true }), [draft(2, { revision: 1, hasText: true }), draft(3), draft(4, { revision: 3 })])).toEqual([
      [1, 'stays-current'],
      [2, 'kept-in-history'],
      [3, 'nothing-to-keep'],
      [4, 'kept-in-history'],
    ]);
  });

  it('lets the first source with work replace an empty target draft', () => {
    expect(outcomes(draft(1), [draft(2), draft(3, { hasText: true }), draft(4, { revision: 1, hasText: true })])).toEqual([
      [1, 'nothing-to-keep'],
      [2, 'nothing-to-keep'],
      [3, 'becomes-current'],
      [4, 'kept-in-history'],
    ]);
  });

  it('keeps the empty target draft when no draft holds work', () => {
    expect(outcomes(draft(1), [draft(2)])).toEqual([
      [1, 'stays-current'],
      [2, 'nothing-to-keep'],
    ]);
  });
});
