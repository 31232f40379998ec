import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { trashProducts } from '../../../electron/products/trash-products';
import { undoMerge } from '../../../electron/products/undo-merge';
import { makeVariants } from '../../../electron/variants/make-variants';
import { readProductVariants } from '../../../electron/variants/read-variants';
import { updateVariants } from '../../../electron/variants/update-variants';
import { openTempDatabase, seedProducts } from '../db/temp-database';
import { seedVariants, variantTables } from './seed-variants';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

/** Measured palettes, as the import stores them. */
function paint(name: string, hex: string): void {
  temp.db.prepare("UPDATE photos SET palette = ?, palette_scene = 'backdrop' WHERE original_name = ?").run(JSON.stringify([{ hex, share: 0.9 }]), name);
}

function seedTees(): [number, number, number] {
  const ids = seedProducts(temp.db, [
    { photos: ['TEE-RED_1.jpg', 'TEE-RED_2.jpg'], sku: 'TEE-RED', title: 'Cotton tee' },
    { photos: ['TEE-BLUE_1.jpg'], sku: 'TEE-BLUE' },
    { photos: ['TEE-GREEN_1.jpg'] },
  ]) as [number, number, number];
  temp.db.prepare("UPDATE drafts SET price = '25.00', attributes = ? WHERE product_id = ?").run(JSON.stringify({ barcode: '4006381333931', quantity: '12' }), ids[1]);
  paint('TEE-RED_1.jpg', '#d01010');
  paint('TEE-BLUE_1.jpg', '#1040d0');
  paint('TEE-GREEN_1.jpg', '#10a030');
  return ids;
}

describe('makeVariants', () => {
  it('makes one variant per product, values from the names, SKU, price, barcode and stock carried, photos tagged', () => {
    const [red, blue, green] = seedTees();
    const made = makeVariants(temp.db, [red, blue, green]);
    expect(made.productId).toBe(red);
    expect(made.variants.optionNames).toEqual(['Color']);
    expect(made.variants.variants.map((v) => [v.position, v.values, v.valueSources, v.sku, v.price, v.barcode, v.quantity, v.photoIds.length])).toEqual([
      [0, ['Red'], ['name'], 'TEE-RED', null, null, null, 2],
      [1, ['Blue'], ['name'], 'TEE-BLUE', '25.00', '4006381333931', '12', 1],
      [2, ['Green'], ['name'], null, null, null, null, 1],
    ]);
    expect(temp.db.prepare('SELECT count(*) FROM photos WHERE product_id = ?').pluck().get(red)).toBe(4);
    expect(temp.db.prepare('SELECT id FROM products WHERE merge_id IS NULL').pluck().all()).toEqual([red]);
    expect(readDraft(temp.db, red).title).toBe('Cotton tee');
    expect(readProductVariants(temp.db, red)).toEqual(made.variants);
  });

  it('measures the colour of products whose names say none', () => {
    const [a, b] = seedProducts(temp.db, [{ photos: ['IMG_0001.jpg'] }, { photos: ['IMG_0002.jpg'] }]) as [number, number];
    paint('IMG_0001.jpg', '#d01010');
    paint('IMG_0002.jpg', '#10a030');
    const made = makeVariants(temp.db, [a, b]);
    expect(made.variants.variants.map((v) => [v.values, v.valueSources])).toEqual([
      [['Red'], ['measured']],
      [['Green'], ['measured']],
    ]);
  });

  it('undo puts everything back: products, photos, drafts, option names; the variants are gone', () => {
    const ids = seedTees();
    const before = variantTables(temp.db);
    const { mergeId } = makeVariants(temp.db, ids);
    expect(undoMerge(temp.db, mergeId)).toEqual(ids);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('adds products to a product that has variants, keeping its variants and option names; undo leaves those untouched', () => {
    const [tee, , green] = seedTees();
    const [purple] = seedProducts(temp.db, [{ photos: ['TEE-PURPLE_1.jpg'] }]) as [number];
    const existing = seedVariants(temp.db, tee, ['Colour'], [
      { values: ['Red'], sku: 'TEE-RED', photos: ['TEE-RED_1.jpg'] },
      { values: ['Crimson'], sku: 'TEE-CRIMSON', photos: ['TEE-RED_2.jpg'] },
    ]);
    const before = variantTables(temp.db);
    const made = makeVariants(temp.db, [tee, green, purple]);
    expect(made.variants.optionNames).toEqual(['Colour']);
    expect(made.variants.variants.map((v) => [v.id, v.values[0], v.valueSources[0]])).toEqual([
      [existing[0], 'Red', 'name'],
      [existing[1], 'Crimson', 'name'],
      [expect.any(Number), 'Green', 'name'],
      [expect.any(Number), 'Purple', 'name'],
    ]);
    undoMerge(temp.db, made.mergeId);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('refuses a product with variants among the others, naming it, and changes nothing', () => {
    const [red, blue, green] = seedTees();
    seedVariants(temp.db, blue, ['Size'], [{ values: ['S'] }, { values: ['M'] }]);
    const before = variantTables(temp.db);
    expect(() => makeVariants(temp.db, [red, blue, green])).toThrow(/"TEE-BLUE" has variants of its own\. Choose it first/);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('refuses a product in the Trash, and two products with one SKU', () => {
    const [red, blue, green] = seedTees();
    trashProducts(temp.db, [green]);
    expect(() => makeVariants(temp.db, [red, blue, green])).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringMatching(/Trash/) }));
    updateDraft(temp.db, blue, { sku: 'TEE-RED' }, { source: 'edit' });
    const before = variantTables(temp.db);
    expect(() => makeVariants(temp.db, [red, blue])).toThrow(/"TEE-RED" and "Cotton tee" both have the SKU "TEE-RED"; each variant needs its own SKU/);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('refuses fewer than two products', () => {
    const [red] = seedTees();
    expect(() => makeVariants(temp.db, [red, red])).toThrow(/at least two products/);
  });

  it('refuses undo, changing nothing, once the variants were edited', () => {
    const ids = seedTees();
    const made = makeVariants(temp.db, ids);
    updateVariants(
      temp.db,
      made.productId,
      ['Color'],
      made.variants.variants.map((v, i) => ({ id: v.id, values: i === 2 ? ['Forest green'] : v.values, sku: v.sku, price: v.price, barcode: v.barcode, quantity: v.quantity })),
    );
    const after = variantTables(temp.db);
    expect(() => undoMerge(temp.db, made.mergeId)).toThrow(/its variants were changed since/);
    expect(variantTables(temp.db)).toEqual(after);
  });
});
