import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('getDraft', () => {
  it('creates an empty new draft the first time a product is read', () => {
    const [id] = seedProducts(temp.db, [{ photos: ['mug.jpg'] }]);
    expect(temp.db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    const draft = getDraft(temp.db, id!);
    // Empty but for the SKU, which starts as the photo's file-name stem.
    expect(draft).toMatchObject({ productId: id, title: '', description: '', tags: [], attributes: {}, price: null, sku: 'mug', status: 'new', flags: [], revision: 0 });
    expect(temp.db.prepare('SELECT status FROM drafts WHERE product_id = ?').pluck().get(id)).toBe('new');
    expect(temp.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
  });

  it('returns the stored draft with JSON fields decoded', () => {
    const [id] = seedProducts(temp.db, [{ title: 'Blue mug', sku: 'MUG-1' }]);
    temp.db.prepare(`UPDATE drafts SET tags = '["mug","blue"]', attributes = '{"color":"blue"}' WHERE product_id = ?`).run(id);
    expect(getDraft(temp.db, id!)).toMatchObject({ title: 'Blue mug', sku: 'MUG-1', tags: ['mug', 'blue'], attributes: { color: 'blue' } });
  });

  it('says not_found, naming the id, for a product that does not exist', () => {
    expect(() => getDraft(temp.db, 404)).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringContaining('Product 404') }));
    expect(temp.db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
  });
});
