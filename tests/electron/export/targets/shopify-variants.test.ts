import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocExampleProducts, createTestLibrary, type TestLibrary } from '../library-fixture';
import { addColourTee, addHoodie } from '../variant-fixture';
import { exportAndParse, goldenRows, type Row } from '../variant-export-run';

let lib: TestLibrary;
let tee: number;
let hoodie: number;
beforeEach(() => {
  lib = createTestLibrary();
  addDocExampleProducts(lib.db);
  tee = addColourTee(lib.db);
  hoodie = addHoodie(lib.db);
});
afterEach(() => lib.close());

const img = (name: string) => `https://cdn.example.com/img/${name}`;
/** The variant columns of a row, to compare row by row. */
const variantCells = (r: Row) => [r['URL handle'], r['Option1 name'], r['Option1 value'], r['Option2 name'], r['Option2 value'], r.SKU, r.Barcode, r.Price, r['Inventory tracker'], r['Inventory quantity'], r['Variant image URL']];

describe('Shopify export of products with variants', () => {
  it('writes the product row with the first variant, a row per further variant, then the image rows', async () => {
    const { result, header, rows } = await exportAndParse(lib, 'shopify', 'shopify.csv');
    expect(result.status).toBe('written');
    expect(result.exportedProductIds).toEqual(expect.arrayContaining([tee, hoodie]));
    const golden = goldenRows('shopify.csv');
    expect(header).toEqual(golden.header);
    // The two single-variant products come first and are exactly the rows the golden file pins.
    expect(rows.slice(0, golden.rows.length)).toEqual(golden.rows);

    const teeRows = rows.filter((r) => r['URL handle'] === 'cotton-tee');
    expect(teeRows.map(variantCells)).toEqual([
      ['cotton-tee', 'Color', 'Red', '', '', 'TEE-01-RED', '', '20.00', 'shopify', '5', img('cotton-tee-1.jpg')],
      ['cotton-tee', '', 'Blue', '', '', 'TEE-01-BLU', '', '22.50', 'shopify', '0', img('cotton-tee-2.jpg')],
      ['cotton-tee', '', 'Green', '', '', 'TEE-01-GREEN', '4006381333931', '20.00', 'shopify', '7', img('cotton-tee-3.jpg')],
      ['cotton-tee', '', '', '', '', '', '', '', '', '', ''],
      ['cotton-tee', '', '', '', '', '', '', '', '', '', ''],
      ['cotton-tee', '', '', '', '', '', '', '', '', '', ''],
    ]);
    // Product fields only on the first row; every variant row carries weight and shipping like Shopify's template.
    expect(teeRows.map((r) => r.Title)).toEqual(['Cotton Tee', '', '', '', '', '']);
    expect(teeRows[0]!.Vendor).toBe('Northwind Goods');
    expect(teeRows.slice(0, 3).map((r) => [r['Weight value (grams)'], r['Requires shipping'], r['Charge tax']])).toEqual(Array(3).fill(['180', 'TRUE', 'TRUE']));
    expect(teeRows.map((r) => [r['Product image URL'], r['Image position']])).toEqual([
      [img('cotton-tee-1.jpg'), '1'],
      ['', ''],
      ['', ''],
      [img('cotton-tee-2.jpg'), '2'],
      [img('cotton-tee-3.jpg'), '3'],
      [img('cotton-tee-4.jpg'), '4'],
    ]);

    const hoodieRows = rows.filter((r) => r['URL handle'] === 'fleece-hoodie');
    expect(hoodieRows.map(variantCells)).toEqual([
      ['fleece-hoodie', 'Color', 'Black', 'Size', 'M', 'HOOD-01-BK-M', '', '45.00', 'shopify', '3', img('fleece-hoodie-1.jpg')],
      ['fleece-hoodie', '', 'Black', '', 'L', 'HOOD-01-BK-L', '', '45.00', 'shopify', '2', ''],
      ['fleece-hoodie', '', 'Grey', '', 'M', 'HOOD-01-GR-M', '', '49.00', 'shopify', '4', img('fleece-hoodie-2.jpg')],
      ['fleece-hoodie', '', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(rows).toHaveLength(golden.rows.length + teeRows.length + hoodieRows.length);
  });
});
