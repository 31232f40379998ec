import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraft } from '../../../electron/drafts/get-draft';
import { markExported } from '../../../electron/drafts/mark-exported';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('markExported', () => {
  it('records each export and sets the drafts exported without changing text or revision', () => {
    const [a, b] = seedProducts(temp.db, [{}, {}]) as [number, number];
    const before = updateDraft(temp.db, a, { title: 'Scarf' }, { source: 'edit' });
    expect(markExported(temp.db, [a, b], 'etsy', '/out/etsy.csv')).toEqual({ marked: 2, missing: [] });
    expect(getDraft(temp.db, a)).toMatchObject({ title: 'Scarf', status: 'exported', revision: before.revision });
    expect(getDraft(temp.db, b).status).toBe('exported');
    const rows = temp.db.prepare('SELECT product_id, target, file FROM exports ORDER BY product_id').all();
    expect(rows).toEqual([
      { product_id: a, target: 'etsy', file: '/out/etsy.csv' },
      { product_id: b, target: 'etsy', file: '/out/etsy.csv' },
    ]);
  });

  it('skips ids that are not products and reports them', () => {
    const [a] = seedProducts(temp.db, [{}]) as [number];
    expect(markExported(temp.db, [a, 555], 'shopify', 'shopify.csv')).toEqual({ marked: 1, missing: [555] });
    expect(temp.db.prepare('SELECT product_id FROM exports').pluck().all()).toEqual([a]);
  });
});
