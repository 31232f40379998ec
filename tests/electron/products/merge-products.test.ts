import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { mergeProducts } from '../../../electron/products/merge-products';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

function photosOf(productId: number): [string, number][] {
  return temp.db.prepare('SELECT original_name, position FROM photos WHERE product_id = ? ORDER BY position').raw().all(productId) as never;
}

describe('mergeProducts', () => {
  it('appends the sources photos after the target, in the order given, renumbered from 0', () => {
    const [target, s1, s2] = seedProducts(temp.db, [{ photos: ['t0.jpg', 't1.jpg'] }, { photos: ['a0.jpg', 'a1.jpg'] }, { photos: ['b0.jpg'] }]) as [number, number, number];
    temp.db.prepare('UPDATE photos SET position = position + 5 WHERE product_id = ?').run(s1);
    expect(mergeProducts(temp.db, target, [s2, s1])).toBe(target);
    expect(photosOf(target)).toEqual([
      ['t0.jpg', 0],
      ['t1.jpg', 1],
      ['b0.jpg', 2],
      ['a0.jpg', 3],
      ['a1.jpg', 4],
    ]);
  });

  it('deletes the sources with their drafts and revisions, and keeps the target draft', () => {
    const [target, source] = seedProducts(temp.db, [{ photos: ['t.jpg'] }, { photos: ['s.jpg'] }]) as [number, number];
    updateDraft(temp.db, target, { title: 'Keep me' }, { source: 'edit' });
    updateDraft(temp.db, source, { title: 'Merged away' }, { source: 'edit' });
    mergeProducts(temp.db, target, [source]);
    expect(temp.db.prepare('SELECT id FROM products').pluck().all()).toEqual([target]);
    expect(temp.db.prepare('SELECT product_id FROM revisions').pluck().all()).toEqual([target]);
    expect(getDraft(temp.db, target).title).toBe('Keep me');
  });

  it('refuses unknown ids, naming them, and changes nothing', () => {
    const [target, source] = seedProducts(temp.db, [{ photos: ['t.jpg'] }, { photos: ['s.jpg'] }]) as [number, number];
    expect(() => mergeProducts(temp.db, target, [source, 901, 902])).toThrow(
      expect.objectContaining({ code: 'not_found', message: expect.stringContaining('Products 901 and 902 are not in this library') }),
    );
    expect(photosOf(source)).toEqual([['s.jpg', 0]]);
  });

  it('refuses to merge a product into itself', () => {
    const [target] = seedProducts(temp.db, [{ photos: ['t.jpg'] }]) as [number];
    expect(() => mergeProducts(temp.db, target, [target])).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(photosOf(target)).toEqual([['t.jpg', 0]]);
  });
});
