import { describe, expect, it } from 'vitest';
import { guessMapping, unmappedHeaders } from '../../../electron/product-import/guess-mapping';
import { parsePrice, parseValue } from '../../../electron/product-import/parse-value';
import { SHOPIFY_DOC_HEADER, WOO_DOC_COLUMNS } from '../export/documented-headers';

describe('guessMapping', () => {
  it('recognises a Shopify product export', () => {
    expect(guessMapping(SHOPIFY_DOC_HEADER)).toEqual({
      sku: 'SKU',
      price: 'Price',
      quantity: 'Inventory quantity',
      vendor: 'Vendor',
      barcode: 'Barcode',
      compareAtPrice: 'Compare-at price',
      weightGrams: 'Weight value (grams)',
      category: 'Product category',
      color: 'Color (product.metafields.shopify.color-pattern)',
      condition: 'Google Shopping / Condition',
      photoFileName: 'Product image URL',
      handle: 'URL handle',
    });
  });

  it('never takes WooCommerce\'s Type (simple, variable, variation) for the category, even with no Categories column', () => {
    expect(guessMapping(['Type', 'SKU', 'Parent', 'Attribute 1 name', 'Attribute 1 value(s)']).category).toBeUndefined();
    expect(guessMapping(['Handle', 'Type', 'Variant SKU']).category).toBe('Type');
  });

  it('recognises a WooCommerce export, a legacy Shopify one and a hand-made sheet', () => {
    expect(guessMapping(WOO_DOC_COLUMNS)).toMatchObject({ sku: 'SKU', price: 'Regular price', salePrice: 'Sale price', quantity: 'Stock', barcode: 'GTIN, UPC, EAN, or ISBN', category: 'Categories', photoFileName: 'Images', parent: 'Parent' });
    expect(guessMapping(['Handle', 'Variant SKU', 'Variant Price', 'Variant Inventory Qty', 'Variant Barcode', 'Image Src'])).toEqual({
      sku: 'Variant SKU', price: 'Variant Price', quantity: 'Variant Inventory Qty', barcode: 'Variant Barcode', photoFileName: 'Image Src', handle: 'Handle',
    });
    const mine = ['Item SKU', 'Qty', 'Retail Price', 'Colour', 'EAN', 'File name', 'Notes'];
    const mapping = guessMapping(mine);
    expect(mapping).toEqual({ sku: 'Item SKU', price: 'Retail Price', quantity: 'Qty', barcode: 'EAN', color: 'Colour', photoFileName: 'File name' });
    expect(unmappedHeaders(mine, mapping)).toEqual(['Notes']);
  });
});

describe('parseValue', () => {
  it('reads prices the way shops write them', () => {
    expect(['15', '$1,234.50', '15,5 €', '15.00 USD', '£7.5'].map(parsePrice)).toEqual(['15', '1234.50', '15.5', '15.00', '7.5']);
    expect(parsePrice('call us')).toBeNull();
    expect(parseValue('price', 'twelve')).toEqual({ ok: false, problem: 'price "twelve" is not a price like 15.00.' });
  });

  it('refuses a barcode a spreadsheet turned into scientific notation', () => {
    expect(parseValue('barcode', '3.65275E+11')).toMatchObject({ ok: false, problem: expect.stringContaining('scientific notation') });
    expect(parseValue('barcode', '365275101829')).toEqual({ ok: true, value: '365275101829' });
  });

  it('takes whole quantities only', () => {
    expect(parseValue('quantity', '12.0')).toEqual({ ok: true, value: '12' });
    expect(parseValue('quantity', '-3')).toMatchObject({ ok: false });
  });
});
