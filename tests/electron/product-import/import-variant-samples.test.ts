import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { readProductVariants } from '../../../electron/variants/read-variants';
import { createTestLibrary, type TestLibrary } from '../export/library-fixture';
import { draftOf, importFile, photograph, variantsOf } from './variant-import-fixture';

const SAMPLES = path.resolve(import.meta.dirname, '../../fixtures/storefront-samples');

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const v = (values: string[], sku: string, price: string, barcode: string | null, quantity: string | null) => ({ values, sku, price, barcode, quantity });

describe('product CSV import of variant rows: the public sample files', () => {
  it('Shopify 2024 template: The Band T-shirt gets its 12 Size × Color variants and the e-book its 3 formats, matched by photo and by SKU', async () => {
    const photos = await photograph(lib, ['forest-hiker.jpg', 'HRM-EBK-PDF.jpg']);
    const tee = photos.get('forest-hiker.jpg')!;
    const book = photos.get('HRM-EBK-PDF.jpg')!;
    // The owner opened the e-book: its draft takes the photo's name as SKU, which the file's first row names.
    expect(readDraft(lib.db, book).sku).toBe('HRM-EBK-PDF');

    const { preview, applied } = importFile(lib.db, path.join(SAMPLES, 'shopify_product_template_2024_new_headers.csv'));
    expect(preview.variantProducts.map((p) => p.summary)).toEqual(['forest-hiker: 0 variants matched, 12 new', 'HRM-EBK-PDF: 0 variants matched, 3 new']);
    expect(applied).toMatchObject({ variantsCreated: 15, variantsUpdated: 0, rowsUnmatched: 0 });

    // Rows 2–13 of the sample: Option1 Size, Option2 Color; SKU, Price, Barcode, Inventory quantity per row.
    expect(variantsOf(lib.db, tee)).toEqual({
      optionNames: ['Size', 'Color'],
      variants: [
        v(['Small', 'green'], 'TheBandTShirt-SG', '19.99', '5784397765', '47'),
        v(['Small', 'gray'], 'TheBandTShirt-SA', '19.99', '5784397766', '42'),
        v(['Small', 'red'], 'TheBandTShirt-SR', '19.99', '5784397767', '51'),
        v(['Medium', 'green'], 'TheBandTShirt-MG', '19.99', '5784397768', '40'),
        v(['Medium', 'gray'], 'TheBandTShirt-MA', '19.99', '5784397769', '39'),
        v(['Medium', 'red'], 'TheBandTShirt-MR', '19.99', '5784397770', '56'),
        v(['Large', 'green'], 'TheBandTShirt-LG', '19.99', '5784397771', '50'),
        v(['Large', 'gray'], 'TheBandTShirt-LA', '19.99', '5784397772', '44'),
        v(['Large', 'red'], 'TheBandTShirt-LR', '19.99', '5784397773', '34'),
        v(['XL', 'green'], 'TheBandTShirt-XG', '19.99', '5784397774', '27'),
        v(['XL', 'gray'], 'TheBandTShirt-XA', '19.99', '5784397775', '43'),
        v(['XL', 'red'], 'TheBandTShirt-XR', '19.99', '5784397776', '40'),
      ],
    });
    expect(readProductVariants(lib.db, tee).variants.every((x) => x.valueSources.every((s) => s === 'import'))).toBe(true);
    // The first row's product fields go to the product; its SKU and price are the first variant's, not the product's.
    expect(draftOf(lib.db, tee)).toMatchObject({ sku: 'forest-hiker', price: null, attributes: { compareAtPrice: '24.99', weightGrams: '150', vendor: 'Harmony Threads' } });

    // Rows 14–16: Format PDF / Audio / Kindle, no stock tracked; the ISBN "978-1-98765-432-1" is read without its hyphens.
    const isbn = '9781987654321';
    expect(variantsOf(lib.db, book)).toEqual({
      optionNames: ['Format'],
      variants: [v(['PDF'], 'HRM-EBK-PDF', '14.99', isbn, null), v(['Audio'], 'HRM-EBK-AUD', '21.99', isbn, null), v(['Kindle'], 'HRM-EBK-KND', '9.99', isbn, null)],
    });
    expect(preview.rows.flatMap((r) => r.problems)).toEqual([]);

    // The same file again: every variant found by its SKU, nothing added or changed.
    const again = importFile(lib.db, path.join(SAMPLES, 'shopify_product_template_2024_new_headers.csv'));
    expect(again.preview.variantProducts.map((p) => p.summary)).toEqual(['forest-hiker: 12 variants matched, 0 new', 'HRM-EBK-PDF: 3 variants matched, 0 new']);
    expect(again.preview.rows.every((r) => r.variant?.matchedBy === 'sku' && r.variant.fills.length === 0 && r.variant.conflicts.length === 0)).toBe(true);
    expect(again.applied).toMatchObject({ variantsCreated: 0, variantsUpdated: 0 });
    expect(readProductVariants(lib.db, tee).variants).toHaveLength(12);
  });

  it('Shopify legacy template: Color × Size shirt, Size-only jeans with an image-only row, and a Default Title beanie without variants', async () => {
    const photos = await photograph(lib, ['tshirts.jpg', 'urban-vintage-denimn-on-hangers.jpg', 'kids-beanie.jpg']);
    const [shirt, pants, hat] = ['tshirts.jpg', 'urban-vintage-denimn-on-hangers.jpg', 'kids-beanie.jpg'].map((n) => photos.get(n)!) as [number, number, number];
    const { preview, applied } = importFile(lib.db, path.join(SAMPLES, 'shopify_product_template_legacy.csv'));
    expect(preview.counts.unmatched).toBe(0);
    expect(preview.variantProducts.map((p) => p.summary)).toEqual(['tshirts: 0 variants matched, 12 new', 'urban-vintage-denimn-on-hangers: 0 variants matched, 3 new']);
    expect(applied.variantsCreated).toBe(15);

    // Rows 2–13: Color Green/Blue/Gray/Purple × Size S/M/L, all 25.00 with 0 in stock, each its own barcode.
    const shirtBarcodes = ['365275101829', '463469551155', '538375999373', '556156161410', '243307265092', '777979207524', '363131220054', '246715878598', '845853890770', '897446170659', '541330997444', '738293196816'];
    const colours = ['Green', 'Blue', 'Gray', 'Purple'];
    expect(variantsOf(lib.db, shirt)).toEqual({
      optionNames: ['Color', 'Size'],
      variants: colours.flatMap((colour, c) => ['S', 'M', 'L'].map((size, s) => v([colour, size], `SRT_COT_${c + 1}${s + 1}${s + 1}`, '25', shirtBarcodes[c * 3 + s]!, '0'))),
    });
    // Rows 14–16: Size 28/30/40 at 95, stock 20/15/10; row 17 only adds an image.
    expect(variantsOf(lib.db, pants)).toEqual({
      optionNames: ['Size'],
      variants: [v(['28'], 'PNT_DEN_285', '95', '779201956374', '20'), v(['30'], 'PNT_DEN_305', '95', '685793775729', '15'), v(['40'], 'PNT_DEN_405', '95', '847182393429', '10')],
    });
    expect(draftOf(lib.db, pants)).toMatchObject({ attributes: { compareAtPrice: '64.95', weightGrams: '227' } });
    expect(preview.rows.find((r) => r.line === 17)).toMatchObject({ status: 'matched', productId: pants, matchedBy: 'continuation', variant: null });
    // Row 18: Title / Default Title is a product without variants; its SKU and price are the product's.
    expect(variantsOf(lib.db, hat)).toEqual({ optionNames: [], variants: [] });
    expect(draftOf(lib.db, hat)).toMatchObject({ sku: 'HAT_GRY_275', price: '17.99', attributes: { compareAtPrice: '22.99', quantity: '50', barcode: '122327648356' } });
  });

  it('WooCommerce sample: the variable V-Neck T-Shirt and Hoodie get their variations, by Parent SKU, sale price as the price, the featured photo marked as the variant it shows', async () => {
    const photos = await photograph(lib, ['vneck-tee-2.jpg', 'hoodie-2.jpg']);
    const tee = photos.get('vneck-tee-2.jpg')!;
    const hoodie = photos.get('hoodie-2.jpg')!;
    const { preview, applied } = importFile(lib.db, path.join(SAMPLES, 'woocommerce_sample_products.csv'));
    expect(preview.variantProducts.map((p) => p.summary)).toEqual(['vneck-tee: 0 variants matched, 3 new', 'hoodie: 0 variants matched, 4 new']);
    expect(applied.variantsCreated).toBe(7);
    expect(draftOf(lib.db, tee)!.sku).toBe('woo-vneck-tee');
    expect(draftOf(lib.db, hoodie)!.sku).toBe('woo-hoodie');

    // Rows 16–18: Color Red 20, Green 20, Blue 15. Their Size attribute is empty ("any size"), so Size is no option.
    expect(variantsOf(lib.db, tee)).toEqual({
      optionNames: ['Color'],
      variants: [v(['Red'], 'woo-vneck-tee-red', '20', null, null), v(['Green'], 'woo-vneck-tee-green', '20', null, null), v(['Blue'], 'woo-vneck-tee-blue', '15', null, null)],
    });
    // Rows 19–21 and 26: Color × Logo; the red one's sale price 42 is what the customer pays.
    expect(variantsOf(lib.db, hoodie)).toEqual({
      optionNames: ['Color', 'Logo'],
      variants: [
        v(['Red', 'No'], 'woo-hoodie-red', '42', null, null),
        v(['Green', 'No'], 'woo-hoodie-green', '45', null, null),
        v(['Blue', 'No'], 'woo-hoodie-blue', '45', null, null),
        v(['Blue', 'Yes'], 'woo-hoodie-blue-logo', '45', null, null),
      ],
    });
    // The red variations' image is their parent's featured photo (vneck-tee-2.jpg, hoodie-2.jpg).
    const red = (id: number) => readProductVariants(lib.db, id).variants[0]!;
    const photoOf = (name: string) => lib.db.prepare<[string], number>('SELECT id FROM photos WHERE original_name = ?').pluck().get(name)!;
    expect(red(tee).photoIds).toEqual([photoOf('vneck-tee-2.jpg')]);
    expect(red(hoodie).photoIds).toEqual([photoOf('hoodie-2.jpg')]);
    // Simple products with no photo in the library match nothing, as before.
    expect(preview.rows.find((r) => r.line === 5)).toMatchObject({ status: 'unmatched', problems: ['No product has SKU woo-tshirt or a photo named tshirt-2.jpg.'] });
  });
});
