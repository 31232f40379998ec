import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocExampleProducts, createTestLibrary, type TestLibrary } from '../library-fixture';
import { addColourTee, addHoodie } from '../variant-fixture';
import { exportAndParse, goldenRows } from '../variant-export-run';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
  addDocExampleProducts(lib.db);
  addColourTee(lib.db);
  addHoodie(lib.db);
});
afterEach(() => lib.close());

const img = (name: string) => `https://cdn.example.com/img/${name}`;

describe('eBay and Etsy files of products with variants: one listing per variant', () => {
  it('eBay: one Draft row per variant with its SKU, title with values, UPC, price, quantity and its photos first', async () => {
    const { result, header, rows } = await exportAndParse(lib, 'ebay', 'ebay.csv', 4);
    expect(result.status).toBe('written');
    const golden = goldenRows('ebay.csv', ',', 4);
    expect(header).toEqual(golden.header);
    expect(rows.slice(0, golden.rows.length)).toEqual(golden.rows);
    const drafts = rows.slice(golden.rows.length);
    expect(drafts.map((r) => [r['Custom label (SKU)'], r.Title, r.UPC, r.Price, r.Quantity, r['Item photo URL']])).toEqual([
      ['TEE-01-RED', 'Cotton Tee – Red', '', '20.00', '5', `${img('cotton-tee-1.jpg')}|${img('cotton-tee-4.jpg')}`],
      ['TEE-01-BLU', 'Cotton Tee – Blue', '', '22.50', '0', `${img('cotton-tee-2.jpg')}|${img('cotton-tee-4.jpg')}`],
      ['TEE-01-GREEN', 'Cotton Tee – Green', '4006381333931', '20.00', '7', `${img('cotton-tee-3.jpg')}|${img('cotton-tee-4.jpg')}`],
      ['HOOD-01-BK-M', 'Fleece Hoodie – Black / M', '', '45.00', '3', img('fleece-hoodie-1.jpg')],
      ['HOOD-01-BK-L', 'Fleece Hoodie – Black / L', '', '45.00', '2', img('fleece-hoodie-1.jpg')],
      ['HOOD-01-GR-M', 'Fleece Hoodie – Grey / M', '', '49.00', '4', img('fleece-hoodie-2.jpg')],
    ]);
    expect(drafts.every((r) => r['Category ID'] === '15687' && r.Format === 'FixedPrice')).toBe(true);
  });

  it('Etsy: one listing per variant with its SKU, title with values, price, quantity and images', async () => {
    const { result, header, rows } = await exportAndParse(lib, 'etsy', 'etsy.csv');
    expect(result.status).toBe('written');
    const golden = goldenRows('etsy.csv');
    expect(header).toEqual(golden.header);
    expect(rows.slice(0, golden.rows.length)).toEqual(golden.rows);
    const listings = rows.slice(golden.rows.length);
    expect(listings.map((r) => [r.sku, r.title, r.price, r.quantity, r.image_1, r.image_2])).toEqual([
      ['TEE-01-RED', 'Cotton Tee – Red', '20.00', '5', img('cotton-tee-1.jpg'), img('cotton-tee-4.jpg')],
      ['TEE-01-BLU', 'Cotton Tee – Blue', '22.50', '0', img('cotton-tee-2.jpg'), img('cotton-tee-4.jpg')],
      ['TEE-01-GREEN', 'Cotton Tee – Green', '20.00', '7', img('cotton-tee-3.jpg'), img('cotton-tee-4.jpg')],
      ['HOOD-01-BK-M', 'Fleece Hoodie – Black / M', '45.00', '3', img('fleece-hoodie-1.jpg'), ''],
      ['HOOD-01-BK-L', 'Fleece Hoodie – Black / L', '45.00', '2', img('fleece-hoodie-1.jpg'), ''],
      ['HOOD-01-GR-M', 'Fleece Hoodie – Grey / M', '49.00', '4', img('fleece-hoodie-2.jpg'), ''],
    ]);
    // The group's copy, written once, goes on each variant's listing.
    expect(listings.map((r) => r.description)).toEqual([...Array(3).fill('A soft cotton tee in three colours.'), ...Array(3).fill('A warm fleece hoodie.')]);
  });
});
