import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { splitProducts } from '../../../electron/products/split-products';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
let productId: number;
let photoIds: Record<string, number>;
beforeEach(() => {
  temp = openTempDatabase();
  [productId] = seedProducts(temp.db, [{ photos: ['p0.jpg', 'p1.jpg', 'p2.jpg', 'p3.jpg'], title: 'Mixed bag', groupKey: 'MIX' }]) as [number];
  photoIds = Object.fromEntries(temp.db.prepare('SELECT original_name, id FROM photos').raw().all() as [string, number][]);
});
afterEach(() => temp.cleanup());

function photosOf(id: number): [string, number][] {
  return temp.db.prepare('SELECT original_name, position FROM photos WHERE product_id = ? ORDER BY position').raw().all(id) as never;
}

describe('splitProducts', () => {
  it('moves each chosen photo into a new product with its own new draft, and renumbers the rest', () => {
    const created = splitProducts(temp.db, productId, [photoIds['p2.jpg']!, photoIds['p0.jpg']!]);
    expect(created).toHaveLength(2);
    expect(photosOf(created[0]!)).toEqual([['p2.jpg', 0]]);
    expect(photosOf(created[1]!)).toEqual([['p0.jpg', 0]]);
    expect(photosOf(productId)).toEqual([
      ['p1.jpg', 0],
      ['p3.jpg', 1],
    ]);
    for (const id of created) {
      expect(temp.db.prepare('SELECT status, title, revision FROM drafts WHERE product_id = ?').get(id)).toEqual({ status: 'new', title: '', revision: 0 });
    }
    expect(getDraft(temp.db, productId).title).toBe('Mixed bag');
  });

  it('refuses a photo of another product and changes nothing, naming the photo and the product as the owner knows them', () => {
    const [other] = seedProducts(temp.db, [{ photos: ['elsewhere.jpg'] }]) as [number];
    const foreign = temp.db.prepare('SELECT id FROM photos WHERE product_id = ?').pluck().get(other) as number;
    expect(() => splitProducts(temp.db, productId, [photoIds['p1.jpg']!, foreign])).toThrow(
      expect.objectContaining({ code: 'not_found', message: 'Photo "elsewhere.jpg" is not part of "Mixed bag". Reopen the product and choose among its photos.' }),
    );
    expect(photosOf(productId)).toHaveLength(4);
    expect(temp.db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(2);
  });

  it('refuses to take every photo, since the product would be left empty', () => {
    expect(() => splitProducts(temp.db, productId, Object.values(photoIds))).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('leave at least one') }));
    expect(photosOf(productId)).toHaveLength(4);
    // A product nobody has named yet goes by the file-name stem its photos were grouped by.
    const [stemOnly] = seedProducts(temp.db, [{ groupKey: 'BOWL-03', photos: ['BOWL-03_1.jpg'] }]) as [number];
    const only = temp.db.prepare('SELECT id FROM photos WHERE product_id = ?').pluck().get(stemOnly) as number;
    expect(() => splitProducts(temp.db, stemOnly, [only])).toThrow(expect.objectContaining({ message: expect.stringMatching(/^"BOWL-03" has 1 photo\(s\) and all were chosen/) }));
  });

  it('says not_found for an unknown product', () => {
    expect(() => splitProducts(temp.db, 9999, [photoIds['p1.jpg']!])).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringContaining('Product 9999') }));
  });
});
