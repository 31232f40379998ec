import { describe, expect, it } from 'vitest';
import { changedColumns } from '../../../electron/drafts/write-revision';
import type { Draft } from '../../../shared/domain/draft';

const draft: Draft = {
  productId: 1,
  title: 'Tote',
  description: 'Roomy.',
  tags: ['bag'],
  attributes: { color: 'tan' },
  price: '15.00',
  sku: 'T-1',
  status: 'draft',
  flags: [],
  observed: null,
  confirmed: [],
  revision: 3,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('changedColumns', () => {
  it('lists only the columns whose stored value differs, JSON columns as text', () => {
    expect(changedColumns(draft, { ...draft, title: 'Big tote', tags: ['bag', 'tote'] })).toEqual({ title: 'Big tote', tags: '["bag","tote"]' });
  });

  it('treats equal arrays and objects as unchanged, and null as a value', () => {
    expect(changedColumns(draft, { ...draft, tags: ['bag'], attributes: { color: 'tan' } })).toEqual({});
    expect(changedColumns(draft, { ...draft, price: null, status: 'flagged' })).toEqual({ price: null, status: 'flagged' });
  });
});
