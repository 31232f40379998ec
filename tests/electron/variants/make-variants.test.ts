import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { mergeProducts } from '../../../electron/products/merge-products';
import { previewMerge } from '../../../electron/products/preview-merge';
import { splitProducts } from '../../../electron/products/split-products';
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
      [2, ['Green'], ['name'], 'TEE-GREEN', null, null, null, 1],
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

  it('a titled product and two camera shots become colours measured on their photos, not the title and "Variant 2"', () => {
    const [tee, a, b] = seedProducts(temp.db, [{ photos: ['IMG_0101.jpg'], title: 'Cotton Tee' }, { photos: ['IMG_0102.jpg'] }, { photos: ['IMG_0103.jpg'] }]) as [number, number, number];
    paint('IMG_0101.jpg', '#d01010');
    paint('IMG_0102.jpg', '#1040d0');
    paint('IMG_0103.jpg', '#10a030');
    const made = makeVariants(temp.db, [tee, a, b]);
    expect(made.variants.optionNames).toEqual(['Color']);
    expect(made.variants.variants.map((v) => [v.values, v.valueSources])).toEqual([
      [['Red'], ['measured']],
      [['Blue'], ['measured']],
      [['Green'], ['measured']],
    ]);
    expect(readDraft(temp.db, tee).title).toBe('Cotton Tee');
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

  it('gives a never-opened product the SKU its file name shows, unless another variant has it already', () => {
    const [a, b] = seedProducts(temp.db, [{ photos: ['MUG-RED_1.jpg'] }, { photos: ['mug-red (2).jpg'] }]) as [number, number];
    const made = makeVariants(temp.db, [a, b]);
    expect(made.variants.variants.map((v) => v.sku)).toEqual(['MUG-RED', null]);
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

describe('merging and splitting photos of products with variants', () => {
  it('refuses to merge a product with variants into another, but merges others into it as shared photos', () => {
    const [tee, other] = seedProducts(temp.db, [{ photos: ['TEE-RED_1.jpg', 'TEE-BLUE_1.jpg'], sku: 'TEE' }, { photos: ['TEE_1.jpg'] }]) as [number, number];
    seedVariants(temp.db, tee, ['Color'], [{ values: ['Red'], photos: ['TEE-RED_1.jpg'] }, { values: ['Blue'], photos: ['TEE-BLUE_1.jpg'] }]);
    const before = variantTables(temp.db);
    expect(() => mergeProducts(temp.db, other, [tee])).toThrow(/"TEE" has variants, so it cannot be merged into another product/);
    expect(() => previewMerge(temp.db, other, [tee])).toThrow(/"TEE" has variants/);
    expect(variantTables(temp.db)).toEqual(before);
    const { mergeId } = mergeProducts(temp.db, tee, [other]);
    expect(temp.db.prepare("SELECT variant_id FROM photos WHERE original_name = 'TEE_1.jpg'").pluck().get()).toBeNull();
    expect(readProductVariants(temp.db, tee).variants).toHaveLength(2);
    undoMerge(temp.db, mergeId);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('a photo split off into a product of its own shows no variant any more', () => {
    const [tee] = seedProducts(temp.db, [{ photos: ['TEE-RED_1.jpg', 'TEE-RED_2.jpg', 'TEE-BLUE_1.jpg'] }]) as [number];
    seedVariants(temp.db, tee, ['Color'], [{ values: ['Red'], photos: ['TEE-RED_1.jpg', 'TEE-RED_2.jpg'] }, { values: ['Blue'], photos: ['TEE-BLUE_1.jpg'] }]);
    const photo = temp.db.prepare("SELECT id FROM photos WHERE original_name = 'TEE-RED_2.jpg'").pluck().get() as number;
    const [created] = splitProducts(temp.db, tee, [photo]);
    expect(temp.db.prepare('SELECT product_id, variant_id FROM photos WHERE id = ?').get(photo)).toEqual({ product_id: created, variant_id: null });
    expect(readProductVariants(temp.db, tee).variants.map((v) => v.photoIds.length)).toEqual([1, 1]);
  });
});
