import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { listProducts } from '../../../electron/products/list-products';
import { restoreProducts, trashProducts } from '../../../electron/products/trash-products';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

const rowsOf = (id: number) => ({
  photos: temp.db.prepare('SELECT * FROM photos WHERE product_id = ? ORDER BY id').all(id),
  drafts: temp.db.prepare('SELECT * FROM drafts WHERE product_id = ?').all(id),
  revisions: temp.db.prepare('SELECT * FROM revisions WHERE product_id = ? ORDER BY id').all(id),
  product: temp.db.prepare('SELECT id, group_key, created_at, updated_at, merge_id FROM products WHERE id = ?').get(id),
});

describe('trashProducts and restoreProducts', () => {
  it('moves only the named products to the Trash, keeping every row; restore puts them back exactly', () => {
    const [a, b, c] = seedProducts(temp.db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }, { photos: ['c.jpg'] }]) as [number, number, number];
    for (const id of [a, b, c]) updateDraft(temp.db, id, { title: `T${id}` }, { source: 'edit' });
    const before = [a, b, c].map(rowsOf);

    expect(trashProducts(temp.db, [a, c])).toEqual({ count: 2, missing: [] });
    expect(listProducts(temp.db).items.map((p) => p.id)).toEqual([b]);
    expect(listProducts(temp.db, { trash: true }).items.map((p) => p.id)).toEqual([a, c]);
    expect([a, b, c].map(rowsOf)).toEqual(before);

    expect(restoreProducts(temp.db, [a])).toEqual({ count: 1, missing: [] });
    expect(listProducts(temp.db).items.map((p) => p.id)).toEqual([a, b]);
    expect(temp.db.prepare('SELECT deleted_at FROM products WHERE id = ?').pluck().get(a)).toBeNull();
  });

  it('reports ids it could not move instead of failing, so doing it twice is harmless', () => {
    const [a] = seedProducts(temp.db, [{}]) as [number];
    expect(trashProducts(temp.db, [a, 8080])).toEqual({ count: 1, missing: [8080] });
    expect(trashProducts(temp.db, [a])).toEqual({ count: 0, missing: [a] });
    expect(restoreProducts(temp.db, [a, a])).toEqual({ count: 1, missing: [] });
    expect(restoreProducts(temp.db, [a])).toEqual({ count: 0, missing: [a] });
  });
});
