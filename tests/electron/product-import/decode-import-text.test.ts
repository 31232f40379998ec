import { describe, expect, it } from 'vitest';
import { decodeCatalogText, findMojibakeLines } from '../../../electron/product-import/decode-import-text';
import { parseCatalogCsv } from '../../../electron/product-import/parse-import-csv';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCatalogText', () => {
  it('refuses an empty file by name', () => {
    expect(() => decodeCatalogText(new Uint8Array(), '/x/catalog.csv')).toThrow('catalog.csv is empty');
    expect(() => decodeCatalogText(utf8('\ufeff  \n'), '/x/catalog.csv')).toThrow('catalog.csv is empty');
  });

  it('names the line of the first byte that is not UTF-8 (a Windows-1252 "é")', () => {
    const bytes = new Uint8Array([...utf8('sku,name\nA1,ok\nA2,caf'), 0xe9, ...utf8('\n')]);
    expect(() => decodeCatalogText(bytes, 'shop.csv')).toThrow(/shop\.csv is not UTF-8 text: line 3 .*0xE9.*CSV UTF-8/);
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', () => {
    expect(decodeCatalogText(utf8('\ufeffsku\nA'), 'a.csv')).toBe('sku\nA');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('sku\nÄ1', 'utf16le')]);
    expect(decodeCatalogText(utf16, 'a.csv')).toBe('sku\nÄ1');
  });

  it('finds lines garbled by a double encoding', () => {
    expect(findMojibakeLines('sku,name\nA,Tee â€“ olive\nB,fine')).toEqual([2]);
  });
});

describe('parseCatalogCsv', () => {
  it('names the line of an unclosed quote', () => {
    expect(() => parseCatalogCsv('sku,name\nA,ok\nB,"broken\nC,x\n', 'shop.csv')).toThrow(/shop\.csv, line \d+: a quoted value is never closed/);
  });

  it('names the line of a stray quote and of a row with the wrong number of columns', () => {
    expect(() => parseCatalogCsv('sku,name\nA,ok\nB,say "hi" now\n', 'shop.csv')).toThrow('shop.csv, line 3: a quote appears in the middle of an unquoted value');
    expect(() => parseCatalogCsv('sku,name\nA,ok\nB,x,extra\n', 'shop.csv')).toThrow('shop.csv, line 3: the row has a different number of columns than the header');
  });

  it('refuses a header without rows', () => {
    expect(() => parseCatalogCsv('sku,price\n', 'shop.csv')).toThrow('shop.csv has a header line but no product rows');
  });

  it('reads semicolon and tab files and keeps each record\'s line', () => {
    const parsed = parseCatalogCsv('SKU;Price\nA1;"15,00"\n\nA2;9\n', 'eu.csv');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records).toEqual([{ line: 2, cells: ['A1', '15,00'] }, { line: 4, cells: ['A2', '9'] }]);
    expect(parseCatalogCsv('SKU\tPrice\nA1\t5\n', 't.tsv').headers).toEqual(['SKU', 'Price']);
  });
});
