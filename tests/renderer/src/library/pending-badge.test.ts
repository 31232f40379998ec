import { describe, expect, it } from 'vitest';
import { pendingBadge } from '../../../../renderer/src/library/pending-badge';

describe('pendingBadge', () => {
  const approved = { id: 1, status: 'approved' as const };
  const fresh = { id: 2, status: 'new' as const };
  const outside = { id: 3, status: 'draft' as const };

  it('says Generating only for the product being written, Queued for the rest of the job, nothing outside it', () => {
    const job = new Set([1, 2]);
    expect([approved, fresh, outside].map((p) => pendingBadge(p, job, new Set([2]), false))).toEqual(['queued', 'generating', null]);
  });

  it('says Queued for every product of a paused job, the one that was being written too', () => {
    expect(pendingBadge(fresh, new Set([2]), new Set([2]), true)).toBe('queued');
  });

  it('before the queue has said which products a whole-library job holds, marks only new products, as queued', () => {
    expect([approved, fresh].map((p) => pendingBadge(p, 'all', new Set(), false))).toEqual([null, 'queued']);
  });
});
