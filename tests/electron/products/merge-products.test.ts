import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { listRevisions } from '../../../electron/drafts/list-revisions';
import { listProducts } from '../../../electron/products/list-products';
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
    expect(mergeProducts(temp.db, target, [s2, s1]).productId).toBe(target);
    expect(photosOf(target)).toEqual([
      ['t0.jpg', 0],
      ['t1.jpg', 1],
      ['b0.jpg', 2],
      ['a0.jpg', 3],
      ['a1.jpg', 4],
    ]);
  });

  it('keeps the sources, hidden, with their drafts and revisions, and their text in the target history', () => {
    const [target, source] = seedProducts(temp.db, [{ photos: ['t.jpg'] }, { photos: ['s.jpg'] }]) as [number, number];
    updateDraft(temp.db, target, { title: 'Keep me' }, { source: 'edit' });
    updateDraft(temp.db, source, { title: 'Merged away', description: 'Its own words.' }, { source: 'edit' });
    const sourceRows = () => [temp.db.prepare('SELECT * FROM drafts WHERE product_id = ?').all(source), temp.db.prepare('SELECT * FROM revisions WHERE product_id = ?').all(source)];
    const before = sourceRows();
    mergeProducts(temp.db, target, [source]);
    expect(listProducts(temp.db).items.map((p) => p.id)).toEqual([target]);
    expect(sourceRows()).toEqual(before);
    expect(getDraft(temp.db, target).title).toBe('Keep me');
    const carried = temp.db.prepare("SELECT snapshot FROM revisions WHERE product_id = ? AND source = 'merge'").pluck().all(target) as string[];
    expect(carried.map((s) => JSON.parse(s) as { title: string; description: string; mergedFrom?: number })).toEqual([
      expect.objectContaining({ title: 'Merged away', description: 'Its own words.', mergedFrom: source }),
      expect.objectContaining({ title: 'Keep me' }),
    ]);
    expect(getDraft(temp.db, target).revision).toBe(listRevisions(temp.db, target)[0]!.revision);
  });

  it('writes nothing into the history when the sources drafts were never written', () => {
    const [target, source] = seedProducts(temp.db, [{ photos: ['t.jpg'] }, { photos: ['s.jpg'] }]) as [number, number];
    updateDraft(temp.db, target, { title: 'Keep me' }, { source: 'edit' });
    const { plan } = mergeProducts(temp.db, target, [source]);
    expect(plan.map((e) => e.outcome)).toEqual(['stays-current', 'nothing-to-keep']);
    expect(listRevisions(temp.db, target).map((r) => r.source)).toEqual(['edit']);
  });

  it('refuses unknown ids, naming them, and changes nothing', () => {
    const [target, source] = seedProducts(temp.db, [{ photos: ['t.jpg'] }, { photos: ['s.jpg'] }]) as [number, number];
    expect(() => mergeProducts(temp.db, target, [source, 901, 902])).toThrow(
      expect.objectContaining({ code: 'not_found', message: expect.stringContaining('Products 901 and 902 are not in the library') }),
    );
    expect(photosOf(source)).toEqual([['s.jpg', 0]]);
  });

  it('refuses to merge a product into itself, naming it by title, else by its file-name stem', () => {
    const [target, stemOnly] = seedProducts(temp.db, [{ photos: ['t.jpg'], title: 'Oak bowl' }, { photos: ['VASE_2_1.jpg'], groupKey: 'VASE_2' }]) as [number, number];
    expect(() => mergeProducts(temp.db, target, [target])).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: '"Oak bowl" cannot be merged into itself; choose other products to merge into it.' }),
    );
    expect(() => mergeProducts(temp.db, stemOnly, [stemOnly])).toThrow(expect.objectContaining({ message: expect.stringMatching(/^"VASE_2" cannot be merged into itself/) }));
    expect(photosOf(target)).toEqual([['t.jpg', 0]]);
  });
});
