import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocExampleProducts, createTestLibrary, type TestLibrary } from '../library-fixture';
import { addColourTee, addHoodie } from '../variant-fixture';
import { exportAndParse, goldenRows, type Row } from '../variant-export-run';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
  addDocExampleProducts(lib.db);
  addColourTee(lib.db);
  addHoodie(lib.db);
});
afterEach(() => lib.close());

const img = (name: string) => `https://cdn.example.com/img/${name}`;
const ITEM = ['id', 'item_group_id', 'title', 'price', 'color', 'size', 'material', 'availability', 'gtin', 'identifier_exists', 'image_link', 'additional_image_link'];
const pick = (r: Row) => ITEM.map((c) => r[c]);

describe('Google Merchant Center feed of products with variants', () => {
  it('writes one item per variant sharing item_group_id, with its own id, title, price, colour, size and image', async () => {
    const { result, header, rows } = await exportAndParse(lib, 'google', 'google.txt');
    expect(result.status).toBe('written');
    const golden = goldenRows('google.txt', '\t');
    expect(header).toEqual(golden.header);
    expect(rows.slice(0, golden.rows.length)).toEqual(golden.rows);

    const items = rows.slice(golden.rows.length);
    expect(items.map(pick)).toEqual([
      ['TEE-01-RED', 'TEE-01', 'Cotton Tee – Red', '20.00 USD', 'Red', '', 'Cotton', 'in_stock', '', 'no', img('cotton-tee-1.jpg'), img('cotton-tee-4.jpg')],
      ['TEE-01-BLU', 'TEE-01', 'Cotton Tee – Blue', '22.50 USD', 'Blue', '', 'Cotton', 'out_of_stock', '', 'no', img('cotton-tee-2.jpg'), img('cotton-tee-4.jpg')],
      ['TEE-01-GREEN', 'TEE-01', 'Cotton Tee – Green', '20.00 USD', 'Green', '', 'Cotton', 'in_stock', '4006381333931', 'yes', img('cotton-tee-3.jpg'), img('cotton-tee-4.jpg')],
      ['HOOD-01-BK-M', 'HOOD-01', 'Fleece Hoodie – Black / M', '45.00 USD', 'Black', 'M', 'Fleece', 'in_stock', '', 'no', img('fleece-hoodie-1.jpg'), ''],
      // No photo of its own: the product's first photo.
      ['HOOD-01-BK-L', 'HOOD-01', 'Fleece Hoodie – Black / L', '45.00 USD', 'Black', 'L', 'Fleece', 'in_stock', '', 'no', img('fleece-hoodie-1.jpg'), ''],
      ['HOOD-01-GR-M', 'HOOD-01', 'Fleece Hoodie – Grey / M', '49.00 USD', 'Grey', 'M', 'Fleece', 'in_stock', '', 'no', img('fleece-hoodie-2.jpg'), ''],
    ]);
    expect(items.every((r) => r.link.startsWith('https://shop.example.com/products/'))).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    // The variant without a photo of its own is a warning, not a reason to leave the hoodie out.
    expect(result.lint.issues.filter((i) => i.severity === 'warning' && i.field === 'image_link').map((i) => i.message)).toEqual([
      '“Fleece Hoodie” (SKU HOOD-01) – Black / L has no photo of its own; Google will show the product\'s first photo.',
    ]);
  });
});
