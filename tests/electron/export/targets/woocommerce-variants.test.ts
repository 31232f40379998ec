import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocExampleProducts, createTestLibrary, type TestLibrary } from '../library-fixture';
import { addColourTee, addHoodie } from '../variant-fixture';
import { exportAndParse, goldenRows, type Row } from '../variant-export-run';
import { WOO_ATTRIBUTE_COLUMN, WOO_DOC_COLUMNS } from '../documented-headers';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
  addDocExampleProducts(lib.db);
  addColourTee(lib.db);
  addHoodie(lib.db);
});
afterEach(() => lib.close());

const img = (name: string) => `https://cdn.example.com/img/${name}`;
const pick = (r: Row, columns: string[]) => columns.map((c) => r[c]);
const ROW = ['Type', 'SKU', 'Parent', 'Name', 'Regular price', 'Stock', 'In stock?', 'Images', 'GTIN, UPC, EAN, or ISBN', 'Meta: _global_unique_id'];
const attribute = (n: number) => [`Attribute ${n} name`, `Attribute ${n} value(s)`, `Attribute ${n} visible`, `Attribute ${n} global`];

describe('WooCommerce export of products with variants', () => {
  it('writes a variable parent with every value, then variation rows with Parent, one value each, own SKU, price, stock and photo', async () => {
    const { result, header, rows } = await exportAndParse(lib, 'woocommerce', 'woo.csv');
    expect(result.status).toBe('written');
    // The exporter's own column names, Parent in its place after Images, then the attribute groups.
    const fixed = header.filter((h) => !WOO_ATTRIBUTE_COLUMN.test(h));
    expect(fixed).toContain('Parent');
    const positions = fixed.map((h) => WOO_DOC_COLUMNS.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    // The single-variant products: every golden column as pinned, the added columns empty.
    const golden = goldenRows('woocommerce.csv');
    golden.rows.forEach((g, i) => {
      expect(Object.fromEntries(golden.header.map((h) => [h, rows[i]![h]]))).toEqual(g);
      expect(header.filter((h) => !golden.header.includes(h)).map((h) => rows[i]![h]).join('')).toBe('');
    });

    const teeRows = rows.slice(golden.rows.length, golden.rows.length + 4);
    expect(teeRows.map((r) => pick(r, ROW))).toEqual([
      ['variable', 'TEE-01', '', 'Cotton Tee', '', '', '1', [1, 2, 3, 4].map((n) => img(`cotton-tee-${n}.jpg`)).join(', '), '', ''],
      ['variation', 'TEE-01-RED', 'TEE-01', 'Cotton Tee - Red', '20.00', '5', '1', img('cotton-tee-1.jpg'), '', ''],
      ['variation', 'TEE-01-BLU', 'TEE-01', 'Cotton Tee - Blue', '22.50', '0', '0', img('cotton-tee-2.jpg'), '', ''],
      ['variation', 'TEE-01-GREEN', 'TEE-01', 'Cotton Tee - Green', '20.00', '7', '1', img('cotton-tee-3.jpg'), '4006381333931', '4006381333931'],
    ]);
    expect(teeRows.map((r) => [...pick(r, attribute(1)), ...pick(r, attribute(2)), ...pick(r, attribute(3))])).toEqual([
      ['Color', 'Red, Blue, Green', '1', '0', 'Material', 'Cotton', '1', '0', 'Brand', 'Northwind Goods', '1', '0'],
      ['Color', 'Red', '', '0', '', '', '', '', '', '', '', ''],
      ['Color', 'Blue', '', '0', '', '', '', '', '', '', '', ''],
      ['Color', 'Green', '', '0', '', '', '', '', '', '', '', ''],
    ]);

    const hoodieRows = rows.slice(golden.rows.length + 4);
    expect(hoodieRows.map((r) => pick(r, ROW))).toEqual([
      ['variable', 'HOOD-01', '', 'Fleece Hoodie', '', '', '1', [1, 2].map((n) => img(`fleece-hoodie-${n}.jpg`)).join(', '), '', ''],
      ['variation', 'HOOD-01-BK-M', 'HOOD-01', 'Fleece Hoodie - Black, M', '45.00', '3', '1', img('fleece-hoodie-1.jpg'), '', ''],
      ['variation', 'HOOD-01-BK-L', 'HOOD-01', 'Fleece Hoodie - Black, L', '45.00', '2', '1', '', '', ''],
      ['variation', 'HOOD-01-GR-M', 'HOOD-01', 'Fleece Hoodie - Grey, M', '49.00', '4', '1', img('fleece-hoodie-2.jpg'), '', ''],
    ]);
    expect(hoodieRows.map((r) => [...pick(r, attribute(1)), ...pick(r, attribute(2)), r['Attribute 3 name'], r['Attribute 4 name']])).toEqual([
      ['Color', 'Black, Grey', '1', '0', 'Size', 'M, L', '1', '0', 'Material', 'Brand'],
      ['Color', 'Black', '', '0', 'Size', 'M', '', '0', '', ''],
      ['Color', 'Black', '', '0', 'Size', 'L', '', '0', '', ''],
      ['Color', 'Grey', '', '0', 'Size', 'M', '', '0', '', ''],
    ]);
  });
});
