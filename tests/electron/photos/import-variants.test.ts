import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open-database';
import { readDraft } from '../../../electron/drafts/read-draft';
import { importPhotos } from '../../../electron/photos/import-photos';
import { listProducts } from '../../../electron/products/list-products';
import { readProductVariants } from '../../../electron/variants/read-variants';
import { makeProductShot, makeTempDir } from './make-test-images';

let root: string;
let drop: string;
let library: string;
let db: Db;

beforeEach(() => {
  root = makeTempDir('import-variants-');
  drop = path.join(root, 'drop');
  library = path.join(root, 'library');
  fs.mkdirSync(drop);
  fs.mkdirSync(library);
  db = openDatabase(path.join(library, 'library.sqlite'));
});
afterEach(() => {
  db.close();
  fs.rmSync(root, { recursive: true, force: true });
});

let seed = 1;
/** A real JPEG of a solid-coloured product on a white backdrop. */
async function shoot(name: string, product: string): Promise<string> {
  const file = path.join(drop, name);
  fs.writeFileSync(file, await makeProductShot({ product, seed: seed++ * 97 }));
  return file;
}

function photoNamesOf(productId: number, variantId: number | null): string[] {
  const sql = variantId === null ? 'variant_id IS NULL' : 'variant_id = ?';
  return db
    .prepare(`SELECT original_name FROM photos WHERE product_id = ? AND ${sql} ORDER BY position`)
    .pluck()
    .all(...(variantId === null ? [productId] : [productId, variantId])) as string[];
}

describe('importPhotos: variants found in the names', () => {
  it('saves TEE-01 in Red, Blue and Green and MUG in S and L, each photo tagged, the rest as before', async () => {
    await shoot('TEE-01-RED_1.jpg', '#d01010');
    await shoot('TEE-01-RED_2.jpg', '#c81818');
    await shoot('TEE-01-BLUE_1.jpg', '#1040d0');
    await shoot('TEE-01-GREEN_1.jpg', '#10a030');
    await shoot('MUG_S.jpg', '#f5f5f5');
    await shoot('MUG_L.jpg', '#f0f0f0');
    await shoot('SCARF-RED_1.jpg', '#d01010');
    await shoot('teapot.jpg', '#806040');
    await shoot('IMG_2041.jpg', '#1040d0');
    await shoot('Lampe été (1).jpg', '#e0c020');

    const result = await importPhotos(db, library, [drop]);
    expect(result.errors).toEqual([]);
    expect(result.photosImported).toBe(10);
    expect(result.productIds).toHaveLength(6);
    expect(result.variantGroups.map((g) => [g.name, g.summary, g.warnings])).toEqual([
      ['MUG', 'MUG: 2 variants (L, S)', []],
      ['TEE-01', 'TEE-01: 3 variants (Blue, Green, Red)', []],
    ]);

    const tee = result.variantGroups.find((g) => g.name === 'TEE-01')!.productId;
    const teeVariants = readProductVariants(db, tee);
    expect(teeVariants.optionNames).toEqual(['Color']);
    expect(teeVariants.variants.map((v) => [v.values, v.valueSources, v.sku, photoNamesOf(tee, v.id)])).toEqual([
      [['Blue'], ['name'], 'TEE-01-BLUE', ['TEE-01-BLUE_1.jpg']],
      [['Green'], ['name'], 'TEE-01-GREEN', ['TEE-01-GREEN_1.jpg']],
      [['Red'], ['name'], 'TEE-01-RED', ['TEE-01-RED_1.jpg', 'TEE-01-RED_2.jpg']],
    ]);
    expect(photoNamesOf(tee, null)).toEqual([]);
    expect(readDraft(db, tee)).toMatchObject({ sku: 'TEE-01', status: 'new', revision: 0 });
    expect(db.prepare('SELECT group_key FROM products WHERE id = ?').pluck().get(tee)).toBe('tee-01');

    const mug = result.variantGroups.find((g) => g.name === 'MUG')!.productId;
    expect(readProductVariants(db, mug)).toMatchObject({ optionNames: ['Size'], variants: [{ values: ['L'] }, { values: ['S'] }] });

    const page = listProducts(db);
    const summary = (id: number) => page.items.find((p) => p.id === id)!;
    expect([summary(tee).sku, summary(tee).variantCount, summary(tee).photoCount]).toEqual(['TEE-01', 3, 4]);
    const plain = page.items.filter((p) => p.id !== tee && p.id !== mug);
    expect(plain.map((p) => [p.sku, p.variantCount]).sort()).toEqual([
      [null, 0],
      ['Lampe été', 0],
      ['SCARF-RED', 0],
      ['teapot', 0],
    ]);
  });

  it('keeps the shared photo of the bare name untagged, reads colour and size, and warns when a named colour is not what the photos show', async () => {
    await shoot('TEE-02_1.jpg', '#808080');
    await shoot('TEE-02-RED-S_1.jpg', '#d01010');
    await shoot('TEE-02-RED-XL_1.jpg', '#d01010');
    await shoot('TEE-02-BLUE-S_1.jpg', '#10a030');

    const result = await importPhotos(db, library, [
      path.join(drop, 'TEE-02_1.jpg'),
      path.join(drop, 'TEE-02-RED-S_1.jpg'),
      path.join(drop, 'TEE-02-RED-XL_1.jpg'),
      path.join(drop, 'TEE-02-BLUE-S_1.jpg'),
    ]);
    const [group] = result.variantGroups;
    expect(group).toMatchObject({ name: 'TEE-02', optionNames: ['Color', 'Size'], summary: 'TEE-02: 3 variants (Red / S, Red / XL, Blue / S)' });
    expect(group!.warnings).toEqual([
      'TEE-02: the photos of the Blue variant (TEE-02-BLUE-S_1.jpg) look Green, not Blue. Check the file names; the variant keeps "Blue" until you change it.',
    ]);
    expect(photoNamesOf(group!.productId, null)).toEqual(['TEE-02_1.jpg']);
    const variants = readProductVariants(db, group!.productId).variants;
    expect(variants.map((v) => v.values)).toEqual([['Red', 'S'], ['Red', 'XL'], ['Blue', 'S']]);
    expect(db.prepare('SELECT position, original_name FROM photos WHERE product_id = ? ORDER BY position').raw().all(group!.productId)).toEqual([
      [0, 'TEE-02_1.jpg'],
      [1, 'TEE-02-RED-S_1.jpg'],
      [2, 'TEE-02-RED-XL_1.jpg'],
      [3, 'TEE-02-BLUE-S_1.jpg'],
    ]);
  });

  it('imports variants one by one when grouping by name is off', async () => {
    await shoot('MUG_S.jpg', '#f5f5f5');
    await shoot('MUG_L.jpg', '#f0f0f0');
    const result = await importPhotos(db, library, [drop], { groupByName: false });
    expect(result.productIds).toHaveLength(2);
    expect(result.variantGroups).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM variants').pluck().get()).toBe(0);
  });
});
