import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { readProductVariants } from '../../../electron/variants/read-variants';
import type { ProductVariants } from '../../../shared/domain/variant';
import { createTestLibrary, type TestLibrary } from '../export/library-fixture';
import { importFile, photograph, variantsOf, writeFile } from './variant-import-fixture';

let lib: TestLibrary;
let tee: number;
let mug: number;

/**
 * The shop's library: two products photographed (TEE-01_1…3.jpg, MUG-02_1…2.jpg become two
 * products by their shared names), given their variants by importing the shop's old Shopify file,
 * and opened once (their drafts take the photos' names as SKU: TEE-01, MUG-02).
 */
beforeEach(async () => {
  lib = createTestLibrary();
  const ids = await photograph(lib, ['TEE-01_1.jpg', 'TEE-01_2.jpg', 'TEE-01_3.jpg', 'MUG-02_1.jpg', 'MUG-02_2.jpg']);
  tee = ids.get('TEE-01_1.jpg')!;
  mug = ids.get('MUG-02_1.jpg')!;
  const oldShop = writeFile(lib, 'old-shop.csv', [
    'Handle,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price,Variant Barcode,Variant Inventory Qty,Image Src,Variant Image',
    'tee,Color,Red,Size,M,TEE-01-RED-M,24,4006381333931,5,https://old.example.com/TEE-01_1.jpg,https://old.example.com/TEE-01_1.jpg',
    'tee,,Blue,,M,TEE-01-BLUE-M,24,,3,,https://old.example.com/TEE-01_2.jpg',
    'tee,,Blue,,L,TEE-01-BLUE-L,26,,0,,',
    'mug,Size,Small,,,MUG-02-S,12,,,https://old.example.com/MUG-02_1.jpg,',
    'mug,,Large,,,MUG-02-L,15,,,,https://old.example.com/MUG-02_2.jpg',
  ].join('\n'));
  expect(importFile(lib.db, oldShop).applied.variantsCreated).toBe(5);
  readDraft(lib.db, tee);
  readDraft(lib.db, mug);
});
afterEach(() => lib.close());

function products(): { productId: number; title: string; sku: string; price: string | null; variants: ProductVariants }[] {
  return [tee, mug].map((id) => {
    const draft = readDraft(lib.db, id);
    return { productId: id, title: draft.title || draft.sku!, sku: draft.sku!, price: draft.price, variants: readProductVariants(lib.db, id) };
  });
}

const imageUrl = (photoId: number) => `https://cdn.example.com/img/${photoId}.jpg`;

/**
 * As the Shopify export writes a product with variants (storefront-formats §1.4, new headers §1.1):
 * rows sharing the URL handle, product fields and option names on the first, each row a variant's
 * option values, SKU, price, barcode, quantity and variant image. Image URLs name no photo here, so
 * the rows can only be matched by SKU.
 */
function shopifyExport(): string {
  const header = ['Title', 'URL handle', 'SKU', 'Barcode', 'Option1 name', 'Option1 value', 'Option2 name', 'Option2 value', 'Option3 name', 'Option3 value', 'Price', 'Inventory quantity', 'Product image URL', 'Variant image URL'];
  const rows: string[][] = [header];
  for (const p of products()) {
    const handle = p.sku.toLowerCase();
    p.variants.variants.forEach((v, i) => {
      const options = [0, 1, 2].flatMap((k) => [i === 0 ? (p.variants.optionNames[k] ?? '') : '', v.values[k] ?? '']);
      rows.push([i === 0 ? p.title : '', handle, v.sku ?? '', v.barcode ?? '', ...options, v.price ?? p.price ?? '', v.quantity ?? '', '', v.photoIds[0] ? imageUrl(v.photoIds[0]) : '']);
    });
  }
  return stringify(rows);
}

/**
 * As the WooCommerce export writes it (§2.4): a `variable` parent with the product's SKU and every
 * value of each attribute, then `variation` rows with Parent = the parent's SKU and one value each.
 */
function wooExport(): string {
  const header = ['ID', 'Type', 'SKU', 'Name', 'Parent', 'Regular price', 'Stock', 'GTIN, UPC, EAN, or ISBN', 'Images'];
  for (let n = 1; n <= 3; n++) header.push(`Attribute ${n} name`, `Attribute ${n} value(s)`, `Attribute ${n} visible`, `Attribute ${n} global`);
  const rows: string[][] = [header];
  for (const p of products()) {
    const { optionNames, variants } = p.variants;
    const attributes = (values: (k: number) => string) => [0, 1, 2].flatMap((k) => (optionNames[k] ? [optionNames[k]!, values(k), '1', '0'] : ['', '', '', '']));
    rows.push(['', 'variable', p.sku, p.title, '', '', '', '', '', ...attributes((k) => [...new Set(variants.map((v) => v.values[k]!))].join(', '))]);
    for (const v of variants) {
      rows.push(['', 'variation', v.sku ?? '', `${p.title} - ${v.values.join(', ')}`, p.sku, v.price ?? '', v.quantity ?? '', v.barcode ?? '', v.photoIds[0] ? imageUrl(v.photoIds[0]) : '', ...attributes((k) => v.values[k]!)]);
    }
  }
  return stringify(rows);
}

describe('variant files written as the storefronts export them, imported back into the library they came from', () => {
  for (const [format, build] of [['Shopify', shopifyExport], ['WooCommerce', wooExport]] as const) {
    it(`${format}: every variant matched by its SKU, nothing added, changed or duplicated`, () => {
      const before = [tee, mug].map((id) => readProductVariants(lib.db, id));
      expect(before.map((p) => p.variants.length)).toEqual([3, 2]);
      // The variant images of the old shop's file were matched to the product's photos.
      expect(before[0]!.variants.map((v) => v.photoIds.length)).toEqual([1, 1, 0]);

      const { preview, applied } = importFile(lib.db, writeFile(lib, `${format}.csv`, build()));
      expect(preview.counts.unmatched, JSON.stringify(preview.rows.filter((r) => r.status === 'unmatched'))).toBe(0);
      const variantRows = preview.rows.filter((r) => r.variant !== null);
      expect(variantRows).toHaveLength(5);
      for (const row of variantRows) {
        expect(row.variant, `line ${row.line}`).toMatchObject({ matchedBy: 'sku', fills: [], conflicts: [], photoId: null });
        expect(row.conflicts).toEqual([]);
      }
      expect(preview.variantProducts.map((p) => p.summary)).toEqual(['TEE-01: 3 variants matched, 0 new', 'MUG-02: 2 variants matched, 0 new']);
      expect(applied).toMatchObject({ variantsCreated: 0, variantsUpdated: 0 });
      expect([tee, mug].map((id) => readProductVariants(lib.db, id))).toEqual(before);
      expect(lib.db.prepare('SELECT count(*) FROM variants').pluck().get()).toBe(5);
    });
  }

  it('Shopify: a variant the shop added there comes in as a new variant; one whose values changed is updated, an owner-typed value only when chosen', () => {
    // The owner typed "Navy" for the blue tee's colour (as the variant editor saves it: value source 'owner').
    const blue = readProductVariants(lib.db, tee).variants[1]!;
    lib.db.prepare(`UPDATE variants SET option_values = '["Navy","M"]', value_sources = '["owner","import"]' WHERE id = ?`).run(blue.id);
    const file = writeFile(lib, 'changed.csv', [
      'URL handle,SKU,Option1 name,Option1 value,Option2 name,Option2 value,Price',
      'tee-01,TEE-01-RED-M,Color,Red,Size,M,24',
      'tee-01,TEE-01-BLUE-M,,Blue,,M,25',
      'tee-01,TEE-01-BLUE-L,,Blue,,XL,26',
      'tee-01,,,Green,,M,24',
    ].join('\n'));
    const { preview, applied } = importFile(lib.db, file);
    const row = (line: number) => preview.rows.find((r) => r.line === line)!;
    expect(row(3).variant).toMatchObject({
      variantId: blue.id,
      matchedBy: 'sku',
      fills: [],
      conflicts: [{ field: 'options', current: 'Navy / M', incoming: 'Blue / M' }, { field: 'price', current: '24', incoming: '25' }],
    });
    expect(row(4).variant).toMatchObject({ matchedBy: 'sku', fills: [{ field: 'options', current: 'Blue / L', incoming: 'Blue / XL' }], conflicts: [] });
    expect(row(5).variant).toMatchObject({ variantId: null, fills: [{ field: 'options', current: '', incoming: 'Green / M' }, { field: 'price', current: '', incoming: '24' }] });
    expect(preview.variantProducts[0]!.summary).toBe('TEE-01: 3 variants matched, 1 new');
    expect(applied).toMatchObject({ variantsCreated: 1, variantsUpdated: 1, variantConflictsKept: 2 });
    expect(variantsOf(lib.db, tee).variants.map((v) => [v.values.join(' / '), v.sku, v.price])).toEqual([
      ['Red / M', 'TEE-01-RED-M', '24'],
      ['Navy / M', 'TEE-01-BLUE-M', '24'],
      ['Blue / XL', 'TEE-01-BLUE-L', '26'],
      ['Green / M', null, '24'],
    ]);

    // Taking the file's colour for that one row, as the import screen's choice.
    const again = importFile(lib.db, file, { choices: [{ line: 3, take: [], takeVariant: ['options'] }] });
    expect(again.applied).toMatchObject({ variantsCreated: 0, variantsUpdated: 1, variantConflictsKept: 1 });
    const updated = readProductVariants(lib.db, tee).variants[1]!;
    expect(updated).toMatchObject({ values: ['Blue', 'M'], valueSources: ['import', 'import'], price: '24' });
  });
});
