import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productLabel } from '../../../electron/products/product-label';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('productLabel', () => {
  it('names a product by its title, else its SKU, else its file-name stem, else its number', () => {
    const [titled, skued, stemmed, bare] = seedProducts(temp.db, [{ title: 'Ember mug', sku: 'MUG-1' }, { sku: 'TEE-2', title: '  ' }, { groupKey: 'LAMP_03' }, {}]) as number[];
    expect([titled, skued, stemmed, bare].map((id) => productLabel(temp.db, id!))).toEqual(['Ember mug', 'TEE-2', 'LAMP_03', `product ${bare}`]);
    expect(productLabel(temp.db, 9999)).toBe('product 9999');
  });
});
