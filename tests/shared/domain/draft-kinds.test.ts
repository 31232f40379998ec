import { describe, expect, it } from 'vitest';
import { describeKindCounts } from '../../../shared/domain/draft-kinds';

describe('describeKindCounts', () => {
  it('lists the kinds there are, in a fixed order, leaving out empty ones', () => {
    expect(describeKindCounts({ new: 4, drafts: 3, edited: 0, approved: 2 })).toBe('4 new, 3 model drafts, 2 approved');
    expect(describeKindCounts({ new: 0, drafts: 1, edited: 1, approved: 0 })).toBe('1 model draft, 1 edited by you');
    expect(describeKindCounts({ new: 0, drafts: 0, edited: 0, approved: 0 })).toBe('no products');
  });
});
