import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogPreview } from '../../../../shared/domain/product-import';
import { addProduct, createTestLibrary, fakeSha, type TestLibrary } from '../../export/library-fixture';
import { runCliIn } from '../cli-in-process';

const SAMPLES = path.resolve(import.meta.dirname, '../../../fixtures/storefront-samples');

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

/** A product the shop photographed, named as the sample names its featured image, no SKU yet. */
function photographed(fileName: string): number {
  return addProduct(lib.db, { title: fileName, description: 'x', status: 'draft' }, [{ sha256: fakeSha(fileName), format: 'jpeg', originalName: fileName }]);
}

function draftOf(id: number): { sku: string | null; price: string | null; attributes: Record<string, string> } {
  const row = lib.db.prepare<[number], { sku: string | null; price: string | null; attributes: string }>('SELECT sku, price, attributes FROM drafts WHERE product_id = ?').get(id)!;
  return { ...row, attributes: JSON.parse(row.attributes) as Record<string, string> };
}

const fileName = (url: string) => url.split('/').pop()!.replace(/\?.*$/, '');

describe('listing-studio catalog import: public sample files', () => {
  it('WooCommerce sample_products.csv: every product row by its featured (first) image, sale prices kept, variations become the variable products\' variants', async () => {
    const file = path.join(SAMPLES, 'woocommerce_sample_products.csv');
    const rows = parse(fs.readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
    const products = rows.filter((r) => !r.Parent);
    const ids = new Map(products.map((r) => [r.SKU!, photographed(fileName(r.Images!.split(',')[0]!.trim()))]));

    const preview = await runCliIn(lib.dir, ['catalog', 'import', file, '--json']);
    expect(preview.code, preview.stderr).toBe(0);
    expect([...ids.values()].every((id) => draftOf(id).sku === null)).toBe(true);

    const applied = await runCliIn(lib.dir, ['catalog', 'import', file, '--apply']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('7 variant(s) added');
    for (const [sku, id] of ids) expect(draftOf(id).sku, `product for ${sku}`).toBe(sku);
    // Hoodie's last gallery image is Hoodie with Logo's featured one: only the first image decides.
    expect(draftOf(ids.get('woo-hoodie-with-logo')!).sku).toBe('woo-hoodie-with-logo');
    expect(draftOf(ids.get('woo-beanie')!)).toMatchObject({ price: '18', attributes: { compareAtPrice: '20' } });
    expect(draftOf(ids.get('woo-tshirt')!).price).toBe('18');
    const result = (await runCliIn(lib.dir, ['catalog', 'import', file, '--json'])).json<CatalogPreview>();
    expect(result.counts.unmatched).toBe(0);
    const variations = result.rows.filter((r) => r.matchedBy === 'parent');
    expect(variations).toHaveLength(rows.length - products.length);
    expect(variations.every((r) => r.variant?.matchedBy === 'sku')).toBe(true);
    // Each product is named by its title, here the photo's file name.
    expect(result.variantProducts.map((p) => p.summary)).toEqual(['vneck-tee-2.jpg: 3 variants matched, 0 new', 'hoodie-2.jpg: 4 variants matched, 0 new']);
  });

  it('Shopify 2024 template: the product row by its image, compare-at price and weight; the 12 variant rows become its variants', async () => {
    const tee = photographed('forest-hiker.jpg');
    const file = path.join(SAMPLES, 'shopify_product_template_2024_new_headers.csv');
    const applied = await runCliIn(lib.dir, ['catalog', 'import', file, '--apply', '--json']);
    expect(applied.code, applied.stderr).toBe(0);
    // The first row's SKU and price are its first variant's, so the product keeps its own.
    expect(draftOf(tee)).toMatchObject({ sku: null, price: null, attributes: { compareAtPrice: '24.99', weightGrams: '150' } });
    const { preview } = applied.json<{ preview: CatalogPreview }>();
    expect(preview.variantProducts[0]).toMatchObject({ productId: tee, summary: 'forest-hiker.jpg: 0 variants matched, 12 new' });
    expect(lib.db.prepare('SELECT count(*) FROM variants WHERE product_id = ?').pluck().get(tee)).toBe(12);
    // The e-book has no product in this library: its three rows are left out, named by the file's title.
    expect(preview.rows.filter((r) => r.line >= 14).map((r) => r.problems[0])).toEqual([
      'No product has SKU HRM-EBK-PDF.',
      'Line 15 belongs to Digital Product The History of Rock Music (line 14), whose row matched no product.',
      'Line 16 belongs to Digital Product The History of Rock Music (line 14), whose row matched no product.',
    ]);
  });

  it('Shopify legacy template: decimal Variant Grams rounded, image-only rows belong to the product above', async () => {
    const shirt = photographed('tshirts.jpg');
    const pants = photographed('urban-vintage-denimn-on-hangers.jpg');
    const hat = photographed('kids-beanie.jpg');
    const file = path.join(SAMPLES, 'shopify_product_template_legacy.csv');
    const applied = await runCliIn(lib.dir, ['catalog', 'import', file, '--apply', '--json']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(lib.db.prepare('SELECT sku FROM variants WHERE product_id = ? ORDER BY position').pluck().all(shirt)[0]).toBe('SRT_COT_111');
    expect(lib.db.prepare('SELECT sku FROM variants WHERE product_id = ? ORDER BY position').pluck().all(pants)).toEqual(['PNT_DEN_285', 'PNT_DEN_305', 'PNT_DEN_405']);
    expect(draftOf(pants)).toMatchObject({ sku: null, attributes: { weightGrams: '227' } });
    expect(draftOf(hat)).toMatchObject({ sku: 'HAT_GRY_275', price: '17.99', attributes: { compareAtPrice: '22.99' } });
    const { preview } = applied.json<{ preview: CatalogPreview }>();
    const imageRow = preview.rows.find((r) => r.matchedBy === 'continuation');
    expect(imageRow).toMatchObject({ line: 17, status: 'matched', productId: pants });
  });

  it('--no-new-variants: variant rows that match no variant are left out, the product row still fills in', async () => {
    const pants = photographed('urban-vintage-denimn-on-hangers.jpg');
    const file = path.join(SAMPLES, 'shopify_product_template_legacy.csv');
    const applied = await runCliIn(lib.dir, ['catalog', 'import', file, '--apply', '--no-new-variants']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Variants: urban-vintage-denimn-on-hangers.jpg: 0 variants matched, 3 new');
    expect(applied.stdout).toContain('0 variant(s) added, 0 updated');
    expect(lib.db.prepare('SELECT count(*) FROM variants').pluck().get()).toBe(0);
    expect(lib.db.prepare('SELECT option_names FROM products WHERE id = ?').pluck().get(pants)).toBe('[]');
    expect(draftOf(pants).attributes).toMatchObject({ weightGrams: '227', compareAtPrice: '64.95' });
  });

  it('eBay category template: its Info rows are skipped and a row added to it matches by its first PicURL, its CustomLabel becoming the SKU', async () => {
    const template = fs.readFileSync(path.join(SAMPLES, 'ebay_fx_category_template_EBAY_US_cat183050.csv'), 'utf8');
    const header = (parse(template, { from_line: 2, to_line: 2 }) as string[][])[0]!;
    const row = header.map((h) => (h === 'CustomLabel' ? 'CARD-7' : h === '*StartPrice' ? '4.50' : h === 'PicURL' ? 'https://x.example/card-front.jpg|https://x.example/card-back.jpg' : ''));
    const file = path.join(lib.out, 'ebay-listings.csv');
    fs.writeFileSync(file, `${template.trimEnd()}\n${row.join(',')}\n`);
    const card = photographed('card-front.jpg');
    const preview = (await runCliIn(lib.dir, ['catalog', 'import', file, '--json'])).json<CatalogPreview>();
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]).toMatchObject({ status: 'matched', productId: card, matchedBy: 'photo' });
    expect(preview.rows[0]!.fills).toContainEqual({ field: 'sku', current: '', incoming: 'CARD-7' });
  });
});

describe('listing-studio catalog import: the app’s own files back', () => {
  it('matches every row of every storefront file to the product it came from', async () => {
    const tee = addProduct(lib.db, {
      title: 'Organic Cotton T-Shirt', description: 'A relaxed-fit tee.', tags: ['tee'], price: '24', sku: 'NWG-TEE-OLV-M',
      attributes: { category: 'Clothing > T-Shirts', condition: 'new', googleProductCategory: '212', quantity: '25', color: 'Olive', material: 'Organic cotton', ebayCategoryId: '15687', etsyTaxonomyId: '482', barcode: '0123456789012' },
    }, [{ sha256: fakeSha('t1'), format: 'jpeg' }, { sha256: fakeSha('t2'), format: 'jpeg' }]);
    const mug = addProduct(lib.db, {
      title: 'Stoneware Mug', description: 'A mug.', tags: ['mug'], price: '18.50', sku: 'NWG-MUG-OAT-12',
      attributes: { category: 'Kitchen > Mugs', condition: 'used', googleProductCategory: '2169', quantity: '40', color: 'Oatmeal', material: 'Stoneware', ebayCategoryId: '15687', etsyTaxonomyId: '482' },
    }, [{ sha256: fakeSha('m1'), format: 'jpeg' }]);
    expect((await runCliIn(lib.dir, ['shop', 'set', '--shopify-url', 'https://shop.example.com', '--vendor', 'Northwind Goods'])).code).toBe(0);
    for (const format of ['shopify', 'woocommerce', 'ebay', 'google', 'etsy', 'generic']) {
      const out = path.join(lib.out, `${format}.${format === 'google' ? 'txt' : 'csv'}`);
      const exported = await runCliIn(lib.dir, ['export', '--format', format, '--out', out, '--image-base-url', 'https://cdn.example.com/img', '--no-images']);
      expect(exported.code, `${format}: ${exported.stdout}${exported.stderr}`).toBe(0);
      const back = await runCliIn(lib.dir, ['catalog', 'import', out, '--json']);
      expect(back.code, `${format}: ${back.stderr}`).toBe(0);
      const preview = back.json<CatalogPreview>();
      expect(preview.counts.unmatched, `${format}: ${JSON.stringify(preview.rows.filter((r) => r.status === 'unmatched'))}`).toBe(0);
      expect(preview.mapping.sku, format).toBeDefined();
      const products = [...new Set(preview.rows.map((r) => r.productId))];
      expect(products, format).toEqual([tee, mug]);
      // Nothing the file says disagrees with what the library holds (WooCommerce's category path is the product's Google category).
      expect(preview.rows.flatMap((r) => r.conflicts.map((c) => ({ format, ...c }))), format).toEqual([]);
    }
  });
});
