import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeProducts } from '../../../../electron/products/merge-products';
import { trashProducts } from '../../../../electron/products/trash-products';
import { selectProducts } from '../../../../electron/queue/generate/select-products';
import { openTempDatabase, seedProducts } from '../../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('selectProducts', () => {
  it('"all" means the products in the library, not those in the Trash or merged into another', () => {
    const [a, b, c, d] = seedProducts(temp.db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }, { photos: ['c.jpg'] }, { photos: ['d.jpg'] }]) as [number, number, number, number];
    trashProducts(temp.db, [b]);
    mergeProducts(temp.db, a, [c]);
    expect(selectProducts(temp.db, { all: true })).toEqual([a, d]);
    expect(() => selectProducts(temp.db, { productIds: [a, b] })).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringContaining(`Product ${b} is not in this library`) }));
  });
});
