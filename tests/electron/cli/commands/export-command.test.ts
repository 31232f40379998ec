import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../../shared/domain/export';
import { addProduct, createTestLibrary, fakeSha, type TestLibrary } from '../../export/library-fixture';
import { EBAY_DOC_LINES, ETSY_DOC_HEADER, GOOGLE_DOC_HEADER, SHOPIFY_DOC_HEADER, WOO_DOC_COLUMNS } from '../../export/documented-headers';
import { runCliIn } from '../cli-in-process';

/**
 * A complete product (photos, approved draft, price, SKU, condition, Google category) under a
 * shop profile set through the CLI, exported to every storefront through the CLI, each file read
 * back with csv-parse (not the app's writer) and checked against storefront-formats.md.
 */
let lib: TestLibrary;
let tee: number;
let mug: number;

beforeEach(async () => {
  lib = createTestLibrary();
  tee = addProduct(
    lib.db,
    {
      title: 'Organic Cotton T-Shirt',
      description: 'A relaxed-fit tee cut from 100% organic cotton jersey, garment-washed for a soft hand feel.',
      tags: ['organic cotton', 't-shirt', 'olive'],
      attributes: { color: 'Olive, Green', material: 'Organic cotton', quantity: '25', weightGrams: '180', condition: 'new', googleProductCategory: '212', barcode: '0123456789012', compareAtPrice: '30' },
      price: '24',
      sku: 'NWG-TEE-OLV-M',
    },
    [{ sha256: fakeSha('tee-front'), format: 'jpeg' }, { sha256: fakeSha('tee-back'), format: 'jpeg' }],
  );
  // The mug names no condition: the shop default (used) applies.
  mug = addProduct(
    lib.db,
    {
      title: '-50% Sale Stoneware Mug',
      description: 'A hand-thrown 12 oz stoneware mug with a speckled oatmeal glaze.',
      tags: ['mug', 'stoneware'],
      attributes: { color: 'Oatmeal', material: 'Stoneware', quantity: '40', googleProductCategory: '2169', ebayCategoryId: '20625', etsyTaxonomyId: '1062' },
      price: '18.50',
      sku: 'NWG-MUG-OAT-12',
    },
    [{ sha256: fakeSha('mug'), format: 'jpeg' }],
  );
  const set = await runCliIn(lib.dir, [
    'shop', 'set', '--shopify-url', 'https://shop.example.com', '--woocommerce-url', 'https://woo.example.com', '--currency', 'EUR',
    '--vendor', 'Northwind Goods', '--condition', 'used', '--ebay-category', '15687', '--ebay-site', 'Germany', '--etsy-taxonomy', '482', '--etsy-supply', 'no',
  ]);
  expect(set.code, set.stderr).toBe(0);
});
afterEach(() => lib.close());

async function exportCli(format: string, file: string, extra: string[] = []) {
  const out = path.join(lib.out, file);
  const run = await runCliIn(lib.dir, ['export', '--format', format, '--out', out, '--image-base-url', 'https://cdn.example.com/img', '--no-images', '--json', ...extra]);
  return { run, out, result: run.stdout ? run.json<ExportResult>() : null };
}

function table(file: string, delimiter = ','): Record<string, string>[] {
  return parse(fs.readFileSync(file), { delimiter, columns: true, bom: false }) as Record<string, string>[];
}

describe('listing-studio export with a shop profile', () => {
  it('writes every storefront file with no lint errors, one export after another', async () => {
    for (const format of ['shopify', 'woocommerce', 'ebay', 'google', 'etsy', 'generic']) {
      const { run, result } = await exportCli(format, `${format}.${format === 'google' ? 'txt' : 'csv'}`);
      expect(run.code, `${format}: ${run.stderr}`).toBe(0);
      expect(result!.lint.errorCount, `${format}: ${JSON.stringify(result!.lint.issues)}`).toBe(0);
      // Exported to one storefront is still to be exported to the next.
      expect(result!.exportedProductIds, format).toEqual([tee, mug]);
    }
  });

  it('Shopify: the 2024 template header, Vendor from the shop, the condition and Google category path in the Google Shopping columns', async () => {
    const { result, out } = await exportCli('shopify', 'shopify.csv');
    expect(result!.status).toBe('written');
    const header = (parse(fs.readFileSync(out), { to_line: 1 }) as string[][])[0];
    expect(header).toEqual(SHOPIFY_DOC_HEADER);
    const [teeRow, teeImage, mugRow] = table(out);
    expect(teeRow).toMatchObject({
      Title: 'Organic Cotton T-Shirt', 'URL handle': 'organic-cotton-t-shirt', Vendor: 'Northwind Goods', Price: '24.00', 'Compare-at price': '30.00',
      SKU: 'NWG-TEE-OLV-M', Barcode: '0123456789012', 'Weight value (grams)': '180',
      'Google Shopping / Condition': 'New', 'Google Shopping / Google product category': 'Apparel & Accessories > Clothing > Shirts & Tops',
    });
    expect(teeImage).toMatchObject({ Title: '', 'URL handle': 'organic-cotton-t-shirt', 'Image position': '2' });
    // A title that only looks like arithmetic is written as it is, and not flagged.
    expect(mugRow).toMatchObject({ Title: '-50% Sale Stoneware Mug', 'Google Shopping / Condition': 'Used', 'Google Shopping / Google product category': 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs' });
    expect(result!.lint.issues.filter((i) => i.code === 'formula')).toEqual([]);
  });

  it('WooCommerce: regular and sale price, the Google category path, GTIN in an auto-mapped column, several colours as several values', async () => {
    const { out } = await exportCli('woocommerce', 'woo.csv');
    const [teeRow, mugRow] = table(out);
    const header = Object.keys(teeRow!);
    expect(header.filter((h) => !/^(Attribute \d|Meta: )/.test(h)).every((h) => WOO_DOC_COLUMNS.includes(h))).toBe(true);
    expect(teeRow).toMatchObject({
      SKU: 'NWG-TEE-OLV-M', 'Regular price': '30.00', 'Sale price': '24.00', 'GTIN, UPC, EAN, or ISBN': '0123456789012', 'Meta: _global_unique_id': '0123456789012',
      Categories: 'Apparel & Accessories > Clothing > Shirts & Tops', 'Attribute 1 name': 'Color', 'Attribute 1 value(s)': 'Olive, Green',
      Images: 'https://cdn.example.com/img/organic-cotton-t-shirt-1.jpg, https://cdn.example.com/img/organic-cotton-t-shirt-2.jpg',
    });
    expect(mugRow).toMatchObject({ 'Regular price': '18.50', 'Sale price': '' });
  });

  it('eBay: the #INFO rows, the shop site in the Action header, per-product and shop categories, condition IDs from the product or the shop', async () => {
    const { out } = await exportCli('ebay', 'ebay.csv');
    const text = fs.readFileSync(out, 'utf8');
    expect(text.split('\r\n').slice(0, 4)).toEqual(EBAY_DOC_LINES.slice(0, 4));
    const rows = parse(text, { relax_column_count: false }) as string[][];
    expect(rows[4]![0]).toBe('Action(SiteID=Germany|Country=DE|Currency=EUR|Version=1193|CC=UTF-8)');
    expect(rows[4]!.slice(1)).toEqual(EBAY_DOC_LINES[4]!.split(',').slice(-10));
    const [teeRow, mugRow] = rows.slice(5);
    expect(teeRow!.slice(0, 3)).toEqual(['Draft', 'NWG-TEE-OLV-M', '15687']);
    expect(teeRow![8]).toBe('1000');
    expect(mugRow![2]).toBe('20625');
    expect(mugRow![8]).toBe('3000');
  });

  it('Google: the feed attributes, the currency, the WooCommerce product page when told, the condition and the category id', async () => {
    const shopify = await exportCli('google', 'google.txt');
    const rows = table(shopify.out, '\t');
    expect(Object.keys(rows[0]!).filter((h) => h !== 'gtin')).toEqual(GOOGLE_DOC_HEADER);
    expect(rows[0]).toMatchObject({
      id: 'NWG-TEE-OLV-M', link: 'https://shop.example.com/products/organic-cotton-t-shirt', price: '24.00 EUR', brand: 'Northwind Goods',
      condition: 'new', google_product_category: '212', color: 'Olive/Green', gtin: '0123456789012', identifier_exists: 'yes',
    });
    expect(rows[1]).toMatchObject({ condition: 'used', google_product_category: '2169' });
    const woo = await exportCli('google', 'google-woo.txt', ['--storefront', 'woocommerce', '--include-exported']);
    expect(woo.result!.lint.errorCount).toBe(0);
    expect(table(woo.out, '\t')[0]!.link).toBe('https://woo.example.com/product/organic-cotton-t-shirt');
  });

  it('Etsy: shop taxonomy or the product’s own, who made, supply', async () => {
    const { out } = await exportCli('etsy', 'etsy.csv');
    const [teeRow, mugRow] = table(out);
    expect(Object.keys(teeRow!)).toEqual(ETSY_DOC_HEADER);
    expect(teeRow).toMatchObject({ sku: 'NWG-TEE-OLV-M', price: '24.00', taxonomy_id: '482', who_made: 'i_did', when_made: 'made_to_order', is_supply: 'false' });
    expect(mugRow!.taxonomy_id).toBe('1062');
  });

  it('leaves out what was already exported to this storefront and says why; --include-exported and --status choose', async () => {
    addProduct(lib.db, { title: 'Draft Bowl', description: 'Bowl.', price: '9', sku: 'B-1', status: 'draft', attributes: { condition: 'new' } });
    const first = await exportCli('shopify', 'first.csv');
    expect(first.result!.exportedProductIds).toEqual([tee, mug]);
    expect(first.result!.lint.leftOut).toEqual([{ reason: 'status draft', count: 1 }]);
    const again = await runCliIn(lib.dir, ['export', '--format', 'shopify', '--out', path.join(lib.out, 'again.csv'), '--no-images']);
    // Nothing new for Shopify: refused before writing, with the reasons and what to change.
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/nothing new to export to Shopify \(not taken: .*2 already exported to Shopify/);
    expect(again.stderr).toMatch(/not taken: .*1 status draft/);
    expect(fs.existsSync(path.join(lib.out, 'again.csv'))).toBe(false);
    const google = await exportCli('google', 'g.txt');
    expect(google.result!.exportedProductIds).toEqual([tee, mug]);
    const forced = await exportCli('shopify', 'forced.csv', ['--include-exported']);
    expect(forced.result!.exportedProductIds).toEqual([tee, mug]);
    const drafts = await exportCli('shopify', 'drafts.csv', ['--status', 'draft']);
    expect(drafts.result!.exportedProductIds).toHaveLength(1);
  });

  it('refuses to invent a condition: without one on the product or the shop, eBay and Google name the fix', async () => {
    const cleared = await runCliIn(lib.dir, ['shop', 'set', '--condition', 'none']);
    expect(cleared.code).toBe(0);
    for (const format of ['ebay', 'google']) {
      const { run, result } = await exportCli(format, `${format}-nocondition.csv`);
      expect(run.code).toBe(1);
      expect(result!.status).toBe('aborted');
      const issue = result!.lint.issues.find((i) => i.productId === mug && i.code === 'missing' && /condition/i.test(i.field));
      expect(issue?.message).toMatch(/set it on the product, or set the shop default with `listing-studio shop set --condition new`/);
    }
    const shopify = await exportCli('shopify', 'shopify-nocondition.csv');
    expect(table(shopify.out)[2]!['Google Shopping / Condition']).toBe('');
  });

  it('an export to a file that is already there keeps the earlier one beside it and says so; one that writes nothing leaves it alone', async () => {
    const out = path.join(lib.out, 'listings.csv');
    const cli = (extra: string[] = []) => runCliIn(lib.dir, ['export', '--format', 'shopify', '--out', out, '--no-images', ...extra]);
    const first = await cli();
    expect(first.code, first.stderr).toBe(0);
    const firstBytes = fs.readFileSync(out);

    // Nothing new to export: refused, the file stays as it was and no copy is made.
    const refused = await cli();
    expect(refused.code).not.toBe(0);
    expect(fs.readdirSync(lib.out)).toEqual(['listings.csv']);
    expect(fs.readFileSync(out)).toEqual(firstBytes);

    lib.db.prepare('UPDATE drafts SET title = ? WHERE product_id = ?').run('Organic Cotton Tee', tee);
    const second = await cli(['--include-exported']);
    expect(second.code, second.stderr).toBe(0);
    const kept = fs.readdirSync(lib.out).filter((f) => f !== 'listings.csv');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^listings \(earlier \d{4}-\d\d-\d\d \d\d\.\d\d\)\.csv$/);
    expect(fs.readFileSync(path.join(lib.out, kept[0]!))).toEqual(firstBytes);
    expect(table(out)[0]!.Title).toBe('Organic Cotton Tee');
    expect(second.stdout).toContain(`The earlier listings.csv was kept as ${kept[0]}.`);
  });

  it('overrides a shop setting for one export only', async () => {
    const { result, out } = await exportCli('google', 'g-usd.txt', ['--currency', 'USD', '--condition', 'refurbished']);
    expect(result!.lint.errorCount).toBe(0);
    expect(table(out, '\t')[1]).toMatchObject({ price: '18.50 USD', condition: 'refurbished' });
    const shown = await runCliIn(lib.dir, ['shop', 'show', '--json']);
    expect(shown.json()).toMatchObject({ currency: 'EUR', defaultCondition: 'used' });
  });
});
