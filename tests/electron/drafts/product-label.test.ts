import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productLabel, quotedProductLabel, quotedProductLabelToStart } from '../../../electron/drafts/product-label';
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

  it('quotes a name in a sentence and leaves the number bare, capitalised at the start of one', () => {
    const [titled, bare] = seedProducts(temp.db, [{ title: 'Ember mug', sku: 'MUG-1' }, {}]) as number[];
    expect(quotedProductLabel(temp.db, titled!)).toBe('"Ember mug"');
    expect(quotedProductLabel(temp.db, bare!)).toBe(`product ${bare}`);
    expect(quotedProductLabelToStart(temp.db, bare!)).toBe(`Product ${bare}`);
    expect(quotedProductLabel(temp.db, 9999)).toBe('product 9999');
  });

  it('names a product whose draft was never read by its first photo\'s stem as typed, not the lower-cased grouping key', () => {
    const [id] = seedProducts(temp.db, [{ groupKey: 'tote-7', photos: ['TOTE-7_1.jpg', 'TOTE-7_2.jpg'] }]) as number[];
    expect(quotedProductLabel(temp.db, id!)).toBe('"TOTE-7"');
  });
});
