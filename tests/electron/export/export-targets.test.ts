import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import { exportOptionsSchema, type ExportOptions } from '../../../shared/ipc/routes/export';
import { runExport, type RunExportRequest } from '../../../electron/export/run-export';
import { addDocExampleProducts, createTestLibrary, type TestLibrary } from './library-fixture';
import { readBack } from './read-back';
import { EBAY_DOC_LINES, ETSY_DOC_HEADER, GOOGLE_DOC_HEADER, SHOPIFY_DOC_HEADER, WOO_ATTRIBUTE_COLUMN, WOO_DOC_COLUMNS } from './documented-headers';

const GOLDEN_DIR = path.resolve(__dirname, '../../fixtures/export');

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
  addDocExampleProducts(lib.db);
});
afterEach(() => lib.close());

function options(extra: Partial<ExportOptions> = {}): ExportOptions {
  return exportOptionsSchema.parse({
    imageBaseUrl: 'https://cdn.example.com/img/',
    copyImages: false,
    shopUrl: 'https://shop.example.com',
    ebayCategoryId: '15687',
    etsyTaxonomyId: '482',
    googleProductCategory: '212',
    ...extra,
  });
}

async function exportTo(target: RunExportRequest['target'], fileName: string, extra: Partial<RunExportRequest> = {}) {
  const outputPath = path.join(lib.out, fileName);
  const result = await runExport(lib.db, lib.dir, { target, options: options(), spreadsheetSafe: false, outputPath, onLintFailure: 'abort', ...extra });
  return { result, outputPath, bytes: fs.readFileSync(outputPath) };
}

/** Golden files pin every byte; UPDATE_GOLDEN=1 rewrites them after a reviewed change. */
function expectGolden(name: string, bytes: Buffer) {
  const golden = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(golden, bytes);
  expect(bytes.toString('utf8')).toBe(fs.readFileSync(golden, 'utf8'));
}

describe('Shopify product CSV', () => {
  it('has the documented header in template order, image rows sharing the handle, TRUE/FALSE and Status', async () => {
    const { result, bytes } = await exportTo('shopify', 'shopify.csv');
    expect(result.status).toBe('written');
    const [header, tee, teeImage2, mug] = readBack(result.file!);
    expect(header).toEqual(SHOPIFY_DOC_HEADER);
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(col(tee!, 'URL handle')).toBe('organic-cotton-t-shirt');
    expect(col(tee!, 'Published on online store')).toBe('TRUE');
    expect(col(tee!, 'Gift card')).toBe('FALSE');
    expect(col(tee!, 'Status')).toBe('Active');
    expect(col(tee!, 'Price')).toBe('24.00');
    expect(col(tee!, 'Option1 value')).toBe('Default Title');
    expect(col(tee!, 'Product image URL')).toBe('https://cdn.example.com/img/organic-cotton-t-shirt-1.jpg');
    expect(col(tee!, 'Image position')).toBe('1');
    expect(col(teeImage2!, 'URL handle')).toBe('organic-cotton-t-shirt');
    expect(col(teeImage2!, 'Title')).toBe('');
    expect(col(teeImage2!, 'Image position')).toBe('2');
    expect(col(teeImage2!, 'Product image URL')).toBe('https://cdn.example.com/img/organic-cotton-t-shirt-2.jpg');
    expect(col(mug!, 'URL handle')).toBe('stoneware-coffee-mug');
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(bytes.includes('\r\n')).toBe(false);
    expectGolden('shopify.csv', bytes);
  });

  it('writes Draft and FALSE when the user does not publish', async () => {
    const { result } = await exportTo('shopify', 'drafts.csv', { options: options({ publish: false }) });
    const [header, tee] = readBack(result.file!);
    expect(tee![header!.indexOf('Status')]).toBe('Draft');
    expect(tee![header!.indexOf('Published on online store')]).toBe('FALSE');
  });
});

describe('WooCommerce product CSV', () => {
  it('uses the exporter column names in its order, comma-joined images, > categories and attributes', async () => {
    const { result, bytes } = await exportTo('woocommerce', 'woo.csv');
    const [header, tee] = readBack(result.file!);
    const fixed = header!.filter((h) => !WOO_ATTRIBUTE_COLUMN.test(h));
    expect(fixed.every((h) => WOO_DOC_COLUMNS.includes(h))).toBe(true);
    const positions = fixed.map((h) => WOO_DOC_COLUMNS.indexOf(h));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(header!.slice(fixed.length).every((h) => WOO_ATTRIBUTE_COLUMN.test(h))).toBe(true);
    const col = (name: string) => tee![header!.indexOf(name)];
    expect(col('Images')).toBe('https://cdn.example.com/img/organic-cotton-t-shirt-1.jpg, https://cdn.example.com/img/organic-cotton-t-shirt-2.jpg');
    expect(col('Categories')).toBe('Clothing > T-Shirts');
    expect(col('Attribute 1 name')).toBe('Color');
    expect(col('Attribute 1 value(s)')).toBe('Olive');
    expect(col('Attribute 1 global')).toBe('0');
    expect(col('Regular price')).toBe('24.00');
    expect(col('Published')).toBe('1');
    expectGolden('woocommerce.csv', bytes);
  });
});

describe('eBay draft listing template', () => {
  it('starts with the #INFO rows and header of the template, CRLF, Draft rows with Category ID and |-joined photos', async () => {
    const { result, bytes } = await exportTo('ebay', 'ebay.csv');
    const lines = bytes.toString('utf8').split('\r\n');
    expect(lines.slice(0, 5)).toEqual(EBAY_DOC_LINES);
    expect(bytes.toString('utf8').replace(/\r\n/g, '').includes('\n')).toBe(false);
    const rows = readBack(result.file!);
    expect(rows.every((r) => r.length === 11)).toBe(true);
    const tee = rows[5]!;
    expect(tee[0]).toBe('Draft');
    expect(tee[2]).toBe('15687');
    expect(tee[7]).toBe('https://cdn.example.com/img/organic-cotton-t-shirt-1.jpg|https://cdn.example.com/img/organic-cotton-t-shirt-2.jpg');
    expect(tee[8]).toBe('1000');
    expect(tee[10]).toBe('FixedPrice');
    expectGolden('ebay.csv', bytes);
  });
});

describe('Google Merchant Center feed', () => {
  it('is tab-separated with the documented attributes, "24.00 USD" prices and additional images', async () => {
    const { result, bytes } = await exportTo('google', 'google.txt');
    const [header, tee, mug] = readBack(result.file!, '\t');
    expect(header!.filter((h) => h !== 'gtin')).toEqual(GOOGLE_DOC_HEADER);
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(col(tee!, 'price')).toBe('24.00 USD');
    expect(col(mug!, 'price')).toBe('18.50 USD');
    expect(col(tee!, 'image_link')).toBe('https://cdn.example.com/img/organic-cotton-t-shirt-1.jpg');
    expect(col(tee!, 'additional_image_link')).toBe('https://cdn.example.com/img/organic-cotton-t-shirt-2.jpg');
    expect(col(tee!, 'link')).toBe('https://shop.example.com/products/organic-cotton-t-shirt');
    expect(col(tee!, 'identifier_exists')).toBe('no');
    expect(col(tee!, 'availability')).toBe('in_stock');
    expect(bytes.toString('utf8').split('\n')[0]!.split('\t')).toHaveLength(header!.length);
    expectGolden('google.txt', bytes);
  });
});

describe('Etsy listing file', () => {
  it('uses Etsy API field names and stays within Etsy limits', async () => {
    const { result, bytes } = await exportTo('etsy', 'etsy.csv');
    const [header, tee] = readBack(result.file!);
    expect(header).toEqual(ETSY_DOC_HEADER);
    const col = (name: string) => tee![header!.indexOf(name)]!;
    expect(col('title').length).toBeLessThanOrEqual(PLATFORM_LIMITS.etsy.titleMax);
    expect(col('tags').split(',').length).toBeLessThanOrEqual(PLATFORM_LIMITS.etsy.tagsMax!);
    expect(col('tags')).toBe('organic cotton,t-shirt,olive,plant-dyed');
    expect(col('who_made')).toBe('i_did');
    expect(col('when_made')).toBe('made_to_order');
    expect(col('taxonomy_id')).toBe('482');
    expect(col('image_2')).toBe('https://cdn.example.com/img/organic-cotton-t-shirt-2.jpg');
    expectGolden('etsy.csv', bytes);
  });
});

describe('generic CSV', () => {
  it('carries every draft field, attributes as JSON included', async () => {
    const { result, bytes } = await exportTo('generic', 'all.csv');
    const [header, tee] = readBack(result.file!);
    const col = (name: string) => tee![header!.indexOf(name)]!;
    expect(col('sku')).toBe('NWG-TEE-OLV-M');
    expect(col('description')).toBe('A relaxed-fit tee cut from 100% organic cotton jersey, garment-washed for a soft hand feel.');
    expect(JSON.parse(col('attributes_json'))).toMatchObject({ color: 'Olive', quantity: '25' });
    expectGolden('generic.csv', bytes);
  });
});
