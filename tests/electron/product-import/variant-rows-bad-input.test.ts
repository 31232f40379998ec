import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestLibrary, type TestLibrary } from '../export/library-fixture';
import { draftOf, importFile, photograph, variantsOf, writeFile } from './variant-import-fixture';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const count = (db: TestLibrary['db']) => db.prepare('SELECT count(*) FROM variants').pluck().get();

describe('variant rows with bad input: the product is left out whole, with a message naming the line, the product and what to do', () => {
  it('Shopify rows: two variants with the same values, and an option value with a comma; the good product still imports', async () => {
    const ids = await photograph(lib, ['linen-shirt.jpg', 'mug.jpg', 'tote.jpg']);
    const file = writeFile(lib, 'shop.csv', [
      'Handle,Title,Vendor,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price,Image Src',
      'linen-shirt,Linen Shirt,Northwind,Color,Red,Size,S,LS-RS,30,https://cdn.example.com/linen-shirt.jpg',
      'linen-shirt,,,,Red,,M,LS-RM,30,',
      'linen-shirt,,,,red,,S,LS-RS2,30,',
      'mug,Mug,Northwind,Size,"Large, 12 oz",,,MUG-L,14,https://cdn.example.com/mug.jpg',
      'mug,,,,Small,,,MUG-S,12,',
      'tote,Tote,Northwind,Color,Natural,,,TOTE-N,20,https://cdn.example.com/tote.jpg',
      'tote,,,,Black,,,TOTE-B,22,',
    ].join('\n'));
    const { preview, applied } = importFile(lib.db, file);

    const [shirtRow1, shirtRow2, shirtRow3, mugRow1, mugRow2] = preview.rows;
    expect(shirtRow3!.problems).toEqual([
      'Line 4: linen-shirt has two variants "red / S" (lines 2 and 4); each variant needs its own combination of option values. Change one of them and import again; the rows of linen-shirt are left out.',
    ]);
    expect(shirtRow1!.problems).toEqual(['Line 2 is left out with the rest of linen-shirt (see line 4).']);
    expect(shirtRow2!.problems).toEqual(['Line 3 is left out with the rest of linen-shirt (see line 4).']);
    expect(mugRow1!.problems).toEqual([
      'Line 5: the Size "Large, 12 oz" of mug holds a comma; storefronts split option values at commas. Write it without one (e.g. "Large 12 oz") and import again; the rows of mug are left out.',
    ]);
    expect(mugRow2!.problems).toEqual(['Line 6 is left out with the rest of mug (see line 5).']);
    expect([shirtRow1, shirtRow2, shirtRow3, mugRow1, mugRow2].every((r) => r!.status === 'unmatched' && r!.productId === null)).toBe(true);
    expect(preview.variantProducts.map((p) => p.summary)).toEqual([
      expect.stringMatching(/^linen-shirt: left out, Line 4: linen-shirt has two variants/),
      expect.stringMatching(/^mug: left out, Line 5: the Size "Large, 12 oz"/),
      'tote: 0 variants matched, 2 new',
    ]);

    // Nothing of the two bad products is written, not even their first row's vendor: they have no draft yet.
    for (const name of ['linen-shirt.jpg', 'mug.jpg']) {
      expect(variantsOf(lib.db, ids.get(name)!)).toEqual({ optionNames: [], variants: [] });
      expect(draftOf(lib.db, ids.get(name)!)).toBeUndefined();
    }
    expect(applied).toMatchObject({ variantsCreated: 2, rowsUnmatched: 5 });
    expect(variantsOf(lib.db, ids.get('tote.jpg')!)).toEqual({
      optionNames: ['Color'],
      variants: [
        { values: ['Natural'], sku: 'TOTE-N', price: '20', barcode: null, quantity: null },
        { values: ['Black'], sku: 'TOTE-B', price: '22', barcode: null, quantity: null },
      ],
    });
    expect(draftOf(lib.db, ids.get('tote.jpg')!)!.attributes.vendor).toBe('Northwind');
  });

  it('WooCommerce rows: a variation whose parent is neither in the file nor the library, and a product varying in 4 options; the good one imports', async () => {
    const ids = await photograph(lib, ['cap.jpg', 'socks.jpg']);
    const file = writeFile(lib, 'woo.csv', [
      'ID,Type,SKU,Name,Parent,Regular price,Images,Attribute 1 name,Attribute 1 value(s),Attribute 2 name,Attribute 2 value(s),Attribute 3 name,Attribute 3 value(s),Attribute 4 name,Attribute 4 value(s)',
      '10,variable,CAP-1,Cap,,,https://cdn.example.com/cap.jpg,Color,"Red, Blue",,,,,,',
      '11,variation,CAP-1-RED,Cap - Red,CAP-1,12,,Color,Red,,,,,,',
      '12,variation,CAP-1-BLUE,Cap - Blue,id:10,13,,Color,Blue,,,,,,',
      '20,variable,SOCK-1,Socks,,,https://cdn.example.com/socks.jpg,Color,Red,Size,M,Fabric,Wool,Pattern,"Striped, Plain"',
      '21,variation,SOCK-1-A,Socks - A,SOCK-1,5,,Color,Red,Size,M,Fabric,Wool,Pattern,Striped',
      '22,variation,SOCK-1-B,Socks - B,SOCK-1,5,,Color,Red,Size,M,Fabric,Wool,Pattern,Plain',
      '30,variation,GLOVE-1-RED,Gloves - Red,GLOVE-1,9,,Color,Red,,,,,,',
    ].join('\n'));
    const { preview, applied } = importFile(lib.db, file);
    const row = (line: number) => preview.rows.find((r) => r.line === line)!;

    expect(row(5).problems).toEqual([
      "Line 5: socks varies in 4 options (Color, Size, Fabric, Pattern); a product can have at most 3 (Shopify's limit). Leave Pattern out of its variation rows, or fold two options into one, and import again; the rows of socks are left out.",
    ]);
    expect(row(6).problems).toEqual(['Line 6 is left out with the rest of socks (see line 5).']);
    expect(row(8).problems).toEqual([
      "Line 8: the variation GLOVE-1-RED names the parent GLOVE-1, which is neither in this file nor in your library. Add the parent's row (Type variable) to the file or correct its Parent cell, and import again; this variation is left out.",
    ]);
    expect([5, 6, 7, 8].every((line) => row(line).status === 'unmatched')).toBe(true);

    expect(variantsOf(lib.db, ids.get('socks.jpg')!)).toEqual({ optionNames: [], variants: [] });
    expect(draftOf(lib.db, ids.get('socks.jpg')!)).toBeUndefined();
    // The parent named by SKU and by id:10 alike.
    expect(variantsOf(lib.db, ids.get('cap.jpg')!)).toEqual({
      optionNames: ['Color'],
      variants: [
        { values: ['Red'], sku: 'CAP-1-RED', price: '12', barcode: null, quantity: null },
        { values: ['Blue'], sku: 'CAP-1-BLUE', price: '13', barcode: null, quantity: null },
      ],
    });
    expect(applied.variantsCreated).toBe(2);
    expect(count(lib.db)).toBe(2);
    // Type (variable, variation) says what kind of row it is, not the product's category.
    expect(draftOf(lib.db, ids.get('cap.jpg')!)).toMatchObject({ sku: 'CAP-1' });
    expect(draftOf(lib.db, ids.get('cap.jpg')!)!.attributes.category).toBeUndefined();
  });

  it('a product whose options in the library differ from the file\'s is left out, its variants untouched', async () => {
    const ids = await photograph(lib, ['tote.jpg']);
    const tote = ids.get('tote.jpg')!;
    importFile(lib.db, writeFile(lib, 'first.csv', 'Handle,Option1 Name,Option1 Value,Variant SKU,Image Src\ntote,Color,Natural,TOTE-N,tote.jpg\ntote,,Black,TOTE-B,\n'));
    const { preview } = importFile(lib.db, writeFile(lib, 'second.csv', 'Handle,Option1 Name,Option1 Value,Variant SKU,Image Src\ntote,Size,Large,TOTE-N,tote.jpg\ntote,,Small,TOTE-L,\n'));
    expect(preview.rows[0]!.problems).toEqual([
      'Line 2: tote has the options Color in your library, but the file names Size. Rename the options in the file to match and import again; the rows of tote are left out.',
    ]);
    expect(variantsOf(lib.db, tote).variants.map((v) => v.sku)).toEqual(['TOTE-N', 'TOTE-B']);
  });
});
