import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProductIndex } from '../../../electron/product-import/product-index';
import { trashProducts } from '../../../electron/products/trash-products';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('loadProductIndex', () => {
  it('never matches a catalog row to a product in the Trash, by SKU or by photo name', () => {
    const [live, trashed] = seedProducts(temp.db, [
      { photos: ['mug_1.jpg'], sku: 'MUG-1' },
      { photos: ['vase_1.jpg'], sku: 'VASE-1' },
    ]) as [number, number];
    trashProducts(temp.db, [trashed]);
    const index = loadProductIndex(temp.db);
    expect([...index.drafts.keys()]).toEqual([live]);
    expect([...index.bySku.keys()]).toEqual(['mug-1']);
    expect([...index.byPhotoName.values()].flat().every((id) => id === live)).toBe(true);
  });
});
