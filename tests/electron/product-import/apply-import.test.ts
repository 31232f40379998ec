import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCatalog } from '../../../electron/product-import/apply-import';
import { previewCatalog } from '../../../electron/product-import/preview-import';
import { addProduct, createTestLibrary, fakeSha, type TestLibrary } from '../export/library-fixture';

let lib: TestLibrary;
let ids: { tee: number; mug: number; tote: number; unsold: number };

beforeEach(() => {
  lib = createTestLibrary();
  ids = {
    tee: addProduct(lib.db, { title: 'Tee', sku: 'TEE-1', price: '24.00', attributes: { color: 'Olive' } }),
    mug: addProduct(lib.db, { title: 'Mug', sku: 'MUG-1', price: null }),
    tote: addProduct(lib.db, { title: 'Tote', sku: null }, [{ sha256: fakeSha('tote'), format: 'jpeg', originalName: 'IMG_0042.JPG' }]),
    unsold: addProduct(lib.db, { title: 'Untouched', sku: 'KEEP-1', price: '9.00' }),
  };
});
afterEach(() => lib.close());

function writeCatalog(text: string): string {
  const file = path.join(lib.dir, 'catalog.csv');
  fs.writeFileSync(file, text);
  return file;
}

function draft(id: number) {
  const row = lib.db.prepare('SELECT sku, price, attributes, revision FROM drafts WHERE product_id = ?').get(id) as { sku: string | null; price: string | null; attributes: string; revision: number };
  return { ...row, attributes: JSON.parse(row.attributes) as Record<string, string> };
}

const CATALOG = [
  'Variant SKU,Variant Price,Inventory quantity,Vendor,Barcode,Colour,Image',
  'TEE-1,26.00,25,Northwind Goods,365275101829,Olive,',
  'mug-1,"$18.50",40,,,,',
  ',12,3,Tote Co,,,https://cdn.example.com/x/img_0042.jpg?v=1',
  'NOPE-9,5,1,,,,',
  'TEE-1,27.00,1,,,,',
].join('\n');

describe('catalog.preview', () => {
  it('lists matched, conflicting and unmatched rows, matching by SKU or photo file name, and changes nothing', () => {
    const file = writeCatalog(CATALOG);
    const before = [ids.tee, ids.mug, ids.tote].map(draft);
    const preview = previewCatalog(lib.db, file);
    expect(preview.mapping).toMatchObject({ sku: 'Variant SKU', price: 'Variant Price', quantity: 'Inventory quantity', photoFileName: 'Image' });
    expect(preview.counts).toEqual({ matched: 2, conflict: 1, unmatched: 2 });
    const [tee, mug, tote, nope, dup] = preview.rows;
    expect(tee).toMatchObject({ line: 2, status: 'conflict', productId: ids.tee, matchedBy: 'sku', conflicts: [{ field: 'price', current: '24.00', incoming: '26.00' }] });
    expect(tee!.fills.map((f) => f.field).sort()).toEqual(['barcode', 'quantity', 'vendor']);
    expect(mug).toMatchObject({ status: 'matched', productId: ids.mug, fills: [{ field: 'price', incoming: '18.50' }, { field: 'quantity', incoming: '40' }] });
    expect(tote).toMatchObject({ status: 'matched', productId: ids.tote, matchedBy: 'photo' });
    expect(nope).toMatchObject({ status: 'unmatched', problems: ['No product has SKU NOPE-9.'] });
    expect(dup).toMatchObject({ status: 'unmatched', problems: [expect.stringContaining('Line 2 already matched')] });
    expect([ids.tee, ids.mug, ids.tote].map(draft)).toEqual(before);
  });

  it('reports a bad value on its row and still matches the rest of it', () => {
    const preview = previewCatalog(lib.db, writeCatalog('SKU,Price,Barcode\nMUG-1,free,3.65275E+11\nTEE-1,24,\n'));
    expect(preview.rows[0]).toMatchObject({ status: 'matched', productId: ids.mug, fills: [] });
    expect(preview.rows[0]!.problems).toEqual(['price "free" is not a price like 15.00.', expect.stringContaining('scientific notation')]);
    expect(preview.rows[1]).toMatchObject({ status: 'matched', fills: [], conflicts: [] });
  });

  it('refuses a mapping to a column the file does not have, naming it', () => {
    expect(() => previewCatalog(lib.db, writeCatalog('SKU,Price\nA,1\n'), { sku: 'Item' })).toThrow('catalog.csv has no column "Item" (mapped to sku)');
  });
});

describe('catalog.apply', () => {
  it('fills empty fields, overwrites only the chosen conflicts, and saves import revisions', () => {
    const file = writeCatalog(CATALOG);
    const { fingerprint } = previewCatalog(lib.db, file);
    const result = applyCatalog(lib.db, { path: file, fingerprint, choices: [] });
    expect(result).toEqual({ productsUpdated: 3, fieldsFilled: 8, fieldsOverwritten: 0, conflictsKept: 1, rowsUnmatched: 2, variantsCreated: 0, variantsUpdated: 0, variantsSkipped: 0, variantConflictsKept: 0 });
    expect(draft(ids.tee)).toMatchObject({ price: '24.00', attributes: { color: 'Olive', quantity: '25', vendor: 'Northwind Goods', barcode: '365275101829' } });
    expect(draft(ids.mug)).toMatchObject({ price: '18.50', attributes: { quantity: '40' } });
    expect(draft(ids.tote)).toMatchObject({ price: '12', attributes: { quantity: '3', vendor: 'Tote Co' } });
    expect(draft(ids.unsold)).toMatchObject({ price: '9.00', revision: 1 });
    const sources = lib.db.prepare('SELECT DISTINCT source FROM revisions').pluck().all();
    expect(sources).toEqual(['import']);

    const again = previewCatalog(lib.db, file);
    expect(again.rows[0]).toMatchObject({ status: 'conflict', fills: [] });
    applyCatalog(lib.db, { path: file, fingerprint: again.fingerprint, choices: [{ line: 2, take: ['price'] }] });
    expect(draft(ids.tee).price).toBe('26.00');
  });

  it('refuses a file that changed since the preview', () => {
    const file = writeCatalog(CATALOG);
    const { fingerprint } = previewCatalog(lib.db, file);
    fs.appendFileSync(file, '\nMUG-1,1,1,,,,');
    expect(() => applyCatalog(lib.db, { path: file, fingerprint, choices: [] })).toThrow('changed since it was previewed');
    expect(draft(ids.mug).price).toBeNull();
  });
});
