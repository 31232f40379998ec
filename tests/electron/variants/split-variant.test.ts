import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { emptyTrash } from '../../../electron/products/empty-trash';
import { trashProducts } from '../../../electron/products/trash-products';
import { undoMerge } from '../../../electron/products/undo-merge';
import { makeVariants } from '../../../electron/variants/make-variants';
import { readProductVariants } from '../../../electron/variants/read-variants';
import { rejoinVariant } from '../../../electron/variants/rejoin-variant';
import { splitVariant } from '../../../electron/variants/split-variant';
import { updateVariants } from '../../../electron/variants/update-variants';
import { openTempDatabase, seedProducts } from '../db/temp-database';
import { seedVariants, variantTables } from './seed-variants';

let temp: ReturnType<typeof openTempDatabase>;
let tee: number;
let ids: number[];
beforeEach(() => {
  temp = openTempDatabase();
  [tee] = seedProducts(temp.db, [{ photos: ['TEE-01_1.jpg', 'TEE-01-RED_1.jpg', 'TEE-01-BLUE_1.jpg', 'TEE-01-BLUE_2.jpg', 'TEE-01-GREEN_1.jpg'], sku: 'TEE-01', title: 'Cotton tee' }]) as [number];
  temp.db.prepare("UPDATE drafts SET price = '20.00' WHERE product_id = ?").run(tee);
  ids = seedVariants(temp.db, tee, ['Color', 'Size'], [
    { values: ['Red', 'M'], sku: 'TEE-01-RED', photos: ['TEE-01-RED_1.jpg'] },
    { values: ['Blue', 'M'], sku: 'TEE-01-BLUE', price: '22.50', barcode: '4006381333931', quantity: '4', photos: ['TEE-01-BLUE_1.jpg', 'TEE-01-BLUE_2.jpg'] },
    { values: ['Green', 'M'], photos: ['TEE-01-GREEN_1.jpg'] },
  ]);
  temp.db.prepare("UPDATE products SET updated_at = '2020-01-01T00:00:00.000Z'").run();
});
afterEach(() => temp.cleanup());

const names = (productId: number) => temp.db.prepare('SELECT original_name FROM photos WHERE product_id = ? ORDER BY position').pluck().all(productId);

describe('splitVariant', () => {
  it("moves the variant's photos, SKU, price, barcode, stock, colour and size into a new product", () => {
    const { productId } = splitVariant(temp.db, ids[1]!);
    expect(names(productId)).toEqual(['TEE-01-BLUE_1.jpg', 'TEE-01-BLUE_2.jpg']);
    expect(temp.db.prepare('SELECT count(*) FROM photos WHERE product_id = ? AND variant_id IS NOT NULL').pluck().get(productId)).toBe(0);
    expect(readDraft(temp.db, productId)).toMatchObject({
      status: 'new',
      title: 'Cotton tee – Blue / M',
      sku: 'TEE-01-BLUE',
      price: '22.50',
      attributes: { color: 'Blue', size: 'M', barcode: '4006381333931', quantity: '4' },
    });
    expect(names(tee)).toEqual(['TEE-01_1.jpg', 'TEE-01-RED_1.jpg', 'TEE-01-GREEN_1.jpg']);
    expect(readProductVariants(temp.db, tee).variants.map((v) => [v.position, v.values[0]])).toEqual([
      [0, 'Red'],
      [1, 'Green'],
    ]);
  });

  it("gives a variant without a price of its own the group's price", () => {
    const { productId } = splitVariant(temp.db, ids[2]!);
    expect(readDraft(temp.db, productId)).toMatchObject({ title: 'Cotton tee – Green / M', price: '20.00', sku: null, attributes: { color: 'Green', size: 'M' } });
  });

  it('split then rejoin leaves every row as it was', () => {
    const before = variantTables(temp.db);
    const { splitId } = splitVariant(temp.db, ids[1]!);
    const back = rejoinVariant(temp.db, splitId);
    expect(back.productId).toBe(tee);
    expect(variantTables(temp.db)).toEqual(before);
  });

  it('rejoins after the product changed elsewhere, keeping that change', () => {
    const { splitId } = splitVariant(temp.db, ids[0]!);
    const rest = readProductVariants(temp.db, tee).variants;
    updateVariants(temp.db, tee, ['Color', 'Size'], rest.map((v) => ({ ...v, values: [v.values[0]!, 'L'] })));
    const back = rejoinVariant(temp.db, splitId);
    expect(back.variants.variants.map((v) => [v.id, v.values])).toEqual([
      [ids[0], ['Red', 'M']],
      [ids[1], ['Blue', 'L']],
      [ids[2], ['Green', 'L']],
    ]);
  });

  it('refuses to rejoin, changing nothing, once the split-off product was edited', () => {
    const { productId, splitId } = splitVariant(temp.db, ids[1]!);
    updateDraft(temp.db, productId, { title: 'Blue tee on its own' }, { source: 'edit' });
    const after = variantTables(temp.db);
    expect(() => rejoinVariant(temp.db, splitId)).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/^"Blue \/ M" cannot go back into Cotton tee: "Blue tee on its own", the product it became, was changed since/) }),
    );
    expect(variantTables(temp.db)).toEqual(after);
  });

  it('refuses to rejoin when the values now repeat another variant, or the new product is in the Trash', () => {
    const { productId, splitId } = splitVariant(temp.db, ids[1]!);
    trashProducts(temp.db, [productId]);
    expect(() => rejoinVariant(temp.db, splitId)).toThrow(/is in the Trash or was merged\. Restore it/);
    temp.db.prepare('UPDATE products SET deleted_at = NULL WHERE id = ?').run(productId);
    const rest = readProductVariants(temp.db, tee).variants;
    updateVariants(temp.db, tee, ['Color', 'Size'], rest.map((v, i) => ({ ...v, values: i === 0 ? ['Blue', 'M'] : v.values })));
    expect(() => rejoinVariant(temp.db, splitId)).toThrow(/its values no longer fit the product's options\. Cotton tee's variants 1 and 2 are both "Blue \/ M"/);
  });

  it('refuses the last variant, and a split record goes when its product is deleted for good', async () => {
    const { splitId: first } = splitVariant(temp.db, ids[0]!);
    const { productId } = splitVariant(temp.db, ids[1]!);
    expect(() => splitVariant(temp.db, ids[2]!)).toThrow(/"Green \/ M" is the only variant of Cotton tee; a product keeps at least one/);
    trashProducts(temp.db, [productId]);
    expect(await emptyTrash(temp.db, temp.dir)).toBe(1);
    expect(temp.db.prepare('SELECT id FROM variant_splits').pluck().all()).toEqual([first]);
  });

  it('a variant made by Make variants, split and rejoined, still undoes with its merge', () => {
    const [red, blue] = seedProducts(temp.db, [{ photos: ['MUG-RED_1.jpg'] }, { photos: ['MUG-BLUE_1.jpg'] }]) as [number, number];
    const before = variantTables(temp.db);
    const made = makeVariants(temp.db, [red, blue]);
    const { splitId } = splitVariant(temp.db, made.variants.variants[1]!.id);
    expect(() => undoMerge(temp.db, made.mergeId)).toThrow(/split off since/);
    rejoinVariant(temp.db, splitId);
    undoMerge(temp.db, made.mergeId);
    expect(variantTables(temp.db)).toEqual(before);
  });
});
