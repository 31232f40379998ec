import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { deleteProducts } from '../../../electron/products/delete-products';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('deleteProducts', () => {
  it('deletes the products with their photos, drafts and revisions, and nothing else', () => {
    const [a, b, c] = seedProducts(temp.db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }, { photos: ['c.jpg'] }]) as [number, number, number];
    for (const id of [a, b, c]) updateDraft(temp.db, id, { title: `T${id}` }, { source: 'edit' });
    expect(deleteProducts(temp.db, [a, c])).toEqual({ deleted: 2, missing: [] });
    for (const table of ['photos', 'drafts', 'revisions']) {
      expect(temp.db.prepare(`SELECT product_id FROM ${table}`).pluck().all(), table).toEqual([b]);
    }
  });

  it('reports ids that were already gone instead of failing', () => {
    const [a] = seedProducts(temp.db, [{}]) as [number];
    expect(deleteProducts(temp.db, [a, 8080])).toEqual({ deleted: 1, missing: [8080] });
    expect(deleteProducts(temp.db, [a])).toEqual({ deleted: 0, missing: [a] });
  });
});
