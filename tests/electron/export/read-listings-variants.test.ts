import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { iterateListings, selectionHasVariants } from '../../../electron/export/read-listings';
import { addProduct, createTestLibrary, fakeSha, type TestLibrary } from './library-fixture';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const photo = (label: string) => ({ sha256: fakeSha(label), format: 'jpeg' });
const now = '2026-01-01T00:00:00.000Z';

describe('reading listings with variants', () => {
  it('gives option names and variants in position order, each with the places of its own photos', () => {
    const single = addProduct(lib.db, { title: 'Mug', price: '9', sku: 'MUG' }, [photo('mug')]);
    const tee = addProduct(lib.db, { title: 'Tee', price: '20', sku: 'TEE' }, [photo('shared'), photo('blue'), photo('red-1'), photo('red-2')]);
    lib.db.prepare("UPDATE products SET option_names = '[\"Color\"]' WHERE id = ?").run(tee);
    const insert = lib.db.prepare('INSERT INTO variants (product_id, position, option_values, sku, price, barcode, quantity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    // Inserted out of order: position decides.
    const blue = Number(insert.run(tee, 1, '["Blue"]', null, '22', null, '0', now, now).lastInsertRowid);
    const red = Number(insert.run(tee, 0, '["Red"]', 'TEE-RED', null, '4006381333931', '5', now, now).lastInsertRowid);
    lib.db.prepare('UPDATE photos SET variant_id = ? WHERE product_id = ? AND position IN (2, 3)').run(red, tee);
    lib.db.prepare('UPDATE photos SET variant_id = ? WHERE product_id = ? AND position = 1').run(blue, tee);

    expect(selectionHasVariants(lib.db, { target: 'shopify', productIds: [single] })).toBe(false);
    expect(selectionHasVariants(lib.db, { target: 'shopify' })).toBe(true);
    const [mug, shirt] = [...iterateListings(lib.db, { target: 'shopify' })];
    expect(mug).toMatchObject({ productId: single, optionNames: [], variants: [] });
    expect(mug!.photos).toEqual([{ sha256: fakeSha('mug'), format: 'jpeg', originalName: `${fakeSha('mug').slice(0, 6)}.jpg` }]);
    expect(shirt!.optionNames).toEqual(['Color']);
    expect(shirt!.variants).toEqual([
      { values: ['Red'], sku: 'TEE-RED', price: null, barcode: '4006381333931', quantity: '5', photoIndexes: [2, 3] },
      { values: ['Blue'], sku: null, price: '22', barcode: null, quantity: '0', photoIndexes: [1] },
    ]);
    expect(shirt!.photos).toHaveLength(4);
  });
});
