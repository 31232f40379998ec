import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countListings, iterateListings } from '../../../electron/export/read-listings';
import { mergeProducts } from '../../../electron/products/merge-products';
import { trashProducts } from '../../../electron/products/trash-products';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('reading listings for export', () => {
  it('leaves out products in the Trash and products merged into another, approved or chosen', () => {
    const [kept, trashed, mergedAway] = seedProducts(temp.db, [
      { photos: ['a.jpg'], title: 'Kept', status: 'approved' },
      { photos: ['b.jpg'], title: 'Trashed', status: 'approved' },
      { photos: ['c.jpg'], title: 'Merged away', status: 'approved' },
    ]) as [number, number, number];
    trashProducts(temp.db, [trashed]);
    mergeProducts(temp.db, kept, [mergedAway]);

    expect(countListings(temp.db, {})).toBe(1);
    expect([...iterateListings(temp.db, {})].map((l) => l.productId)).toEqual([kept]);
    const chosen = { productIds: [kept, trashed, mergedAway] };
    expect(countListings(temp.db, chosen)).toBe(1);
    expect([...iterateListings(temp.db, chosen)].map((l) => [l.productId, l.photos.length])).toEqual([[kept, 2]]);
  });
});
