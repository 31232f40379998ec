import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { saveGeneratedDraft } from '../../../electron/drafts/save-generated-draft';
import { listProducts, productListSql } from '../../../electron/products/list-products';
import { photoUrl } from '../../../shared/domain/photo-urls';
import { openTempDatabase, seedProducts, shaOf } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('listProducts', () => {
  it('lists every product with its draft fields, photo count and first photo thumbnail', () => {
    const [a, b] = seedProducts(temp.db, [{ photos: ['tote_1.jpg', 'tote_2.jpg'] }, {}]) as [number, number];
    updateDraft(temp.db, a, { title: 'Canvas tote', sku: 'TOTE-1' }, { source: 'edit' });
    const page = listProducts(temp.db);
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      { id: a, title: 'Canvas tote', sku: 'TOTE-1', status: 'draft', flagCount: 0, photoCount: 2, variantCount: 0, thumbnailUrl: photoUrl('thumb', shaOf('tote_1.jpg')), updatedAt: expect.any(String) },
      { id: b, title: '', sku: null, status: 'new', flagCount: 0, photoCount: 0, variantCount: 0, thumbnailUrl: null, updatedAt: expect.any(String) },
    ]);
  });

  it('takes the thumbnail from the photo at position 0, whatever the insert order', () => {
    const [id] = seedProducts(temp.db, [{ photos: ['back.jpg', 'front.jpg'] }]) as [number];
    temp.db.prepare("UPDATE photos SET position = 1 - position WHERE product_id = ?").run(id);
    expect(listProducts(temp.db).items[0]!.thumbnailUrl).toBe(photoUrl('thumb', shaOf('front.jpg')));
  });

  it('counts flags', () => {
    const [id] = seedProducts(temp.db, [{}]) as [number];
    saveGeneratedDraft(temp.db, id, { title: 'x' }, [
      { code: 'word_count', reason: 'too short' },
      { code: 'banned_word', reason: 'says "best"' },
    ]);
    expect(listProducts(temp.db).items[0]).toMatchObject({ status: 'flagged', flagCount: 2 });
  });

  it('filters by status, counting products without a draft row as new', () => {
    const [, b, c] = seedProducts(temp.db, [{ status: 'approved' }, {}, { status: 'new' }]) as [number, number, number];
    const page = listProducts(temp.db, { status: 'new' });
    expect(page.items.map((p) => p.id)).toEqual([b, c]);
    expect(page.total).toBe(2);
  });

  it('searches title, SKU and original file names, case-insensitively', () => {
    const [byTitle, bySku, byFile] = seedProducts(temp.db, [
      { title: 'Wool SCARF', sku: 'W-1' },
      { title: 'Hat', sku: 'scarf-hat-2' },
      { photos: ['IMG_scarf_03.jpg'] },
      { title: 'Gloves', photos: ['gloves.jpg'] },
    ]) as [number, number, number];
    expect(listProducts(temp.db, { search: 'scarf' }).items.map((p) => p.id)).toEqual([byTitle, bySku, byFile]);
  });

  it('treats % and _ in the search as plain characters', () => {
    const [pct] = seedProducts(temp.db, [{ title: '100% cotton' }, { title: '100 cotton' }, { title: 'a_b' }, { title: 'axb' }]) as [number];
    expect(listProducts(temp.db, { search: '100%' }).items.map((p) => p.id)).toEqual([pct]);
    expect(listProducts(temp.db, { search: 'a_b' }).items.map((p) => p.title)).toEqual(['a_b']);
  });

  it('pages with offset and limit while total counts every match', () => {
    const ids = seedProducts(temp.db, Array.from({ length: 5 }, () => ({})));
    const page = listProducts(temp.db, { offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((p) => p.id)).toEqual(ids.slice(1, 3));
    expect(listProducts(temp.db, { offset: 3, limit: 10 })).toMatchObject({ total: 5, items: [{ id: ids[3] }, { id: ids[4] }] });
    expect(listProducts(temp.db, { offset: 9, limit: 10 })).toEqual({ total: 5, libraryTotal: 5, items: [] });
    expect(listProducts(temp.db, { offset: 0, limit: 5 }).total).toBe(5);
    expect(listProducts(temp.db, { search: 'nothing matches this' })).toEqual({ total: 0, libraryTotal: 5, items: [] });
  });

  it("names a product never opened by its first photo's file-name stem as typed, and keeps that as its SKU once opened", () => {
    const [id, lone, camera] = seedProducts(temp.db, [{ groupKey: 'mug-01', photos: ['MUG-01_1.jpg', 'MUG-01_2.jpg'] }, { photos: ['Lampe été (1).jpg'] }, { photos: ['IMG_2041.jpg'] }]);
    expect(listProducts(temp.db).items.map((p) => p.sku)).toEqual(['MUG-01', 'Lampe été', null]);
    expect([lone, camera].map((p) => getDraft(temp.db, p!).sku)).toEqual(['Lampe été', null]);
    expect(getDraft(temp.db, id!).sku).toBe('MUG-01');
    updateDraft(temp.db, id!, { sku: 'MUG-RED-11OZ' }, { source: 'edit' });
    expect(listProducts(temp.db).items.find((p) => p.id === id)?.sku).toBe('MUG-RED-11OZ');
  });

  it('answers from indexes: photos are searched by product, never scanned', () => {
    const plan = temp.db
      .prepare(`EXPLAIN QUERY PLAN ${productListSql('')}`)
      .all(-1, 0)
      .map((r) => (r as { detail: string }).detail);
    expect(plan.filter((d) => d.includes('ph'))).toEqual([
      'SEARCH ph USING COVERING INDEX photos_by_product_position (product_id=?)',
      'SEARCH ph USING COVERING INDEX photos_by_product_position (product_id=?)',
      // The first photo's name, read only for products with no draft row yet.
      'SEARCH ph USING INDEX photos_by_product_position (product_id=?)',
    ]);
    expect(plan).toContain('SEARCH v USING COVERING INDEX variants_by_product (product_id=?)');
    expect(plan.some((d) => /USE TEMP B-TREE/.test(d))).toBe(false);
  });
});
