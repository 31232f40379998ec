import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CatalogField } from '../../../shared/domain/product-import';
import { guessMapping } from '../../../electron/product-import/guess-mapping';
import { groupVariantRows } from '../../../electron/product-import/group-variant-rows';

/** Reads CSV text as the import does: the guessed mapping, records with their line numbers. */
function layoutOf(text: string) {
  const [headers, ...rows] = parse(text) as string[][];
  const mapping = guessMapping(headers!);
  const records = rows.map((cells, i) => ({ line: i + 2, cells }));
  const cell = (i: number, field: CatalogField) => {
    const at = mapping[field] ? headers!.indexOf(mapping[field]) : -1;
    return at >= 0 ? (records[i]!.cells[at] ?? '').trim() : '';
  };
  return groupVariantRows(headers!, records, cell);
}

describe('groupVariantRows', () => {
  it('Shopify: rows sharing a handle are one product; a row without SKU or values only adds an image; Title / Default Title has no variants', () => {
    const layout = layoutOf([
      'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Image Src',
      'jeans,Jeans,Size,28,J-28,a.jpg',
      'jeans,,,30,J-30,b.jpg',
      'jeans,,,,,c.jpg',
      'hat,Hat,Title,Default Title,HAT-1,h.jpg',
      'hat,,,,,h2.jpg',
    ].join('\n'));
    expect(layout.groups).toEqual([
      {
        kind: 'shopify', productIndex: 0, parentRef: null, fileName: 'Jeans', optionNames: ['Size'], imageIndexes: [2],
        variants: [{ index: 0, line: 2, values: ['28'], sku: 'J-28', image: '' }, { index: 1, line: 3, values: ['30'], sku: 'J-30', image: '' }],
      },
    ]);
    expect(layout.roles.map((r) => r.kind)).toEqual(['group', 'group', 'group', 'plain', 'image']);
  });

  it('a file with rows sharing a handle but no Option columns keeps the first row and leaves the others out, saying what to add', () => {
    const layout = layoutOf('Handle,SKU,Price\ntee,T-1,10\ntee,T-2,10\n');
    expect(layout.groups).toEqual([]);
    expect(layout.roles[1]).toEqual({
      kind: 'alone',
      problem: "Line 3 is a further variant of tee (line 2), but the file has no Option1 name and Option1 value columns to tell its variants apart; add them (as Shopify's product CSV has) and import again.",
    });
  });

  it('WooCommerce: a Parent names the parent by SKU or id:N; options are the attributes the variations give values for; "\\," is a comma in a value', () => {
    const layout = layoutOf([
      'ID,Type,SKU,Name,Parent,Attribute 1 name,Attribute 1 value(s),Attribute 2 name,Attribute 2 value(s),Attribute 3 name,Attribute 3 value(s)',
      '7,variable,TEE,Tee,,Material,Cotton,Color,"Red, Blue",Size,"S, M"',
      '8,variation,TEE-R,Tee - Red,id:7,Color,Red,Size,,,',
      '9,variation,TEE-B,Tee - Blue,tee,Color,"Blue\\, dark",Size,,,',
      '10,variation,SOCK-R,Sock - Red,SOCK,Color,Red,,,,',
      '11,variation,NOPE,Orphan,,Color,Red,,,,',
    ].join('\n'));
    expect(layout.groups).toMatchObject([
      { kind: 'woocommerce', productIndex: 0, parentRef: 'id:7', fileName: 'Tee', optionNames: ['Color'], variants: [{ line: 3, values: ['Red'], sku: 'TEE-R' }, { line: 4, values: ['Blue, dark'], sku: 'TEE-B' }] },
      { kind: 'woocommerce', productIndex: null, parentRef: 'SOCK', fileName: 'SOCK', optionNames: ['Color'], variants: [{ line: 5, values: ['Red'] }] },
    ]);
    expect(layout.roles[4]).toEqual({ kind: 'alone', problem: "Line 6 is a variation but its Parent cell is empty; put the parent product's SKU (or id:N) there and import again." });
  });
});
