import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateVariants } from '../../../electron/variants/update-variants';
import { readProductVariants } from '../../../electron/variants/read-variants';
import { openTempDatabase, seedProducts } from '../db/temp-database';
import { seedVariants, variantTables } from './seed-variants';

let temp: ReturnType<typeof openTempDatabase>;
let tee: number;
let ids: number[];
beforeEach(() => {
  temp = openTempDatabase();
  [tee] = seedProducts(temp.db, [{ photos: ['TEE-01-RED_1.jpg', 'TEE-01-BLUE_1.jpg'], sku: 'TEE-01', title: '' }]) as [number];
  ids = seedVariants(temp.db, tee, ['Color'], [
    { values: ['Red'], sku: 'TEE-01-RED', photos: ['TEE-01-RED_1.jpg'] },
    { values: ['Blue'], sku: 'TEE-01-BLUE', photos: ['TEE-01-BLUE_1.jpg'] },
  ]);
  temp.db.prepare("UPDATE products SET updated_at = '2020-01-01T00:00:00.000Z'").run();
});
afterEach(() => temp.cleanup());

const fields = (id: number, values: string[], extra: Partial<{ sku: string | null; price: string | null; barcode: string | null; quantity: string | null }> = {}) => ({
  id,
  values,
  sku: null,
  price: null,
  barcode: null,
  quantity: null,
  ...extra,
});

describe('updateVariants', () => {
  it('writes option names and every field; a changed value becomes the owner\'s, an unchanged one keeps its source', () => {
    const saved = updateVariants(temp.db, tee, ['Color', 'Size'], [
      fields(ids[0]!, ['Red', 'M'], { sku: 'TEE-01-RED', price: '19.50', barcode: '4006381333931', quantity: '7' }),
      fields(ids[1]!, ['Navy', 'M'], { sku: 'TEE-01-NAVY' }),
    ]);
    expect(saved.optionNames).toEqual(['Color', 'Size']);
    expect(saved.variants.map((v) => [v.values, v.valueSources, v.sku, v.price, v.barcode, v.quantity])).toEqual([
      [['Red', 'M'], ['name', 'owner'], 'TEE-01-RED', '19.50', '4006381333931', '7'],
      [['Navy', 'M'], ['owner', 'owner'], 'TEE-01-NAVY', null, null, null],
    ]);
    expect(readProductVariants(temp.db, tee)).toEqual(saved);
    expect(temp.db.prepare('SELECT updated_at FROM products WHERE id = ?').pluck().get(tee)).not.toBe('2020-01-01T00:00:00.000Z');
  });

  it('reorders variants by the order given, keeping their photos', () => {
    const saved = updateVariants(temp.db, tee, ['Color'], [fields(ids[1]!, ['Blue'], { sku: 'TEE-01-BLUE' }), fields(ids[0]!, ['Red'], { sku: 'TEE-01-RED' })]);
    expect(saved.variants.map((v) => [v.id, v.position, v.values[0], v.valueSources[0], v.photoIds.length])).toEqual([
      [ids[1], 0, 'Blue', 'name', 1],
      [ids[0], 1, 'Red', 'name', 1],
    ]);
  });

  it('changes nothing, not even the updated time, when nothing differs', () => {
    const before = variantTables(temp.db);
    updateVariants(temp.db, tee, ['Color'], [fields(ids[0]!, ['Red'], { sku: 'TEE-01-RED' }), fields(ids[1]!, ['Blue'], { sku: 'TEE-01-BLUE' })]);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it.each([
    [['Red'], ['red'], /variants 1 and 2 are both "red"/],
    [['Red, dark'], ['Blue'], /The "Red, dark" value of TEE-01's variant 1 holds a comma/],
    [[''], ['Blue'], /TEE-01's variant 1 has no Color/],
  ])('refuses %j / %j, naming the product and variant, and writes nothing', (first, second, message) => {
    const before = variantTables(temp.db);
    expect(() => updateVariants(temp.db, tee, ['Color'], [fields(ids[0]!, first), fields(ids[1]!, second)])).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(message) }),
    );
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('refuses an update that leaves out a variant or names another product\'s', () => {
    const before = variantTables(temp.db);
    expect(() => updateVariants(temp.db, tee, ['Color'], [fields(ids[0]!, ['Red'])])).toThrow(/variants of TEE-01 changed since they were opened/);
    expect(() => updateVariants(temp.db, tee, ['Color'], [fields(ids[0]!, ['Red']), fields(ids[1]!, ['Blue']), fields(999, ['Green'])])).toThrow(/Reopen the product/);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('refuses a product in the Trash', () => {
    temp.db.prepare("UPDATE products SET deleted_at = '2024-01-01' WHERE id = ?").run(tee);
    expect(() => updateVariants(temp.db, tee, ['Color'], [fields(ids[0]!, ['Red']), fields(ids[1]!, ['Blue'])])).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
