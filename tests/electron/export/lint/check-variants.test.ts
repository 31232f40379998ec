import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportTarget } from '../../../../shared/domain/platform-limits';
import { lintExport } from '../../../../electron/export/lint-export';
import { runExport } from '../../../../electron/export/run-export';
import { addProduct, createTestLibrary, fakeSha, type TestLibrary } from '../library-fixture';
import { fullOptions } from '../export-fixture-options';
import { addVariants, type VariantSeed } from '../variant-fixture';
import { readBack } from '../read-back';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const photo = (label: string) => ({ sha256: fakeSha(label), format: 'jpeg' });

/** A tee with the given options and variants; each variant shows its own photo unless the seed says otherwise. */
function tee(title: string, sku: string | null, optionNames: string[], variants: VariantSeed[], price: string | null = '20'): number {
  const id = addProduct(lib.db, { title, description: 'A tee.', tags: ['tee'], price, sku, attributes: { quantity: '4' } }, variants.map((_, i) => photo(`${title}-${i}`)));
  addVariants(lib.db, id, optionNames, variants.map((v, i) => ({ photos: [i], ...v })));
  return id;
}

async function errors(target: ExportTarget): Promise<string[]> {
  const report = await lintExport(lib.db, { target, options: fullOptions(), spreadsheetSafe: false });
  return report.issues.filter((i) => i.severity === 'error').map((i) => i.message);
}

describe('pre-flight of products with variants', () => {
  it('two variants with the same options (whatever their case) is an error for every storefront', async () => {
    tee('Twin Tee', 'TW-1', ['Color'], [{ values: ['Red'], sku: 'TW-1-R' }, { values: ['red '], sku: 'TW-1-R2' }]);
    for (const target of ['shopify', 'woocommerce', 'google', 'ebay', 'etsy'] as const) {
      expect(await errors(target)).toContain('“Twin Tee” (SKU TW-1) has two variants with the same options (red); give each its own combination, or remove one.');
    }
  });

  it('Shopify takes 3 options and 2,048 variants per product', async () => {
    tee('Four Tee', 'FT-1', ['Color', 'Size', 'Material', 'Fit'], [{ values: ['Red', 'M', 'Cotton', 'Slim'], sku: 'FT-1-A' }]);
    const many = addProduct(lib.db, { title: 'Many Tee', description: 'A tee.', price: '20', sku: 'MT-1' }, [photo('many')]);
    addVariants(lib.db, many, ['Size'], Array.from({ length: 2049 }, (_, i) => ({ values: [`S${i}`] })));
    expect(await errors('shopify')).toEqual([
      '“Four Tee” (SKU FT-1) has 4 options (Color, Size, Material, Fit); Shopify allows 3. Remove one, or make it a separate product.',
      '“Many Tee” (SKU MT-1) has 2049 variants; Shopify allows 2048 per product. Split it into two products.',
    ]);
  });

  it('a variant with no price of its own and none on the product is an error naming the variant', async () => {
    tee('Bare Tee', 'BT-1', ['Color'], [{ values: ['Red'], price: '19' }, { values: ['Blue'] }], null);
    for (const target of ['shopify', 'woocommerce', 'google'] as const) {
      expect(await errors(target)).toEqual(['“Bare Tee” (SKU BT-1) – Blue has no price, and the product has none to fall back on.']);
    }
  });

  it('an option value with a comma is refused; WooCommerce also refuses "|"', async () => {
    tee('Mixed Tee', 'MX-1', ['Color'], [{ values: ['Red, Blue'], sku: 'MX-1-A' }, { values: ['Red|Blue'], sku: 'MX-1-B' }]);
    expect(await errors('shopify')).toEqual([
      '“Mixed Tee” (SKU MX-1) – Red, Blue: the Color “Red, Blue” holds “,”, which Shopify reads as a separator between values; reword it without one.',
    ]);
    expect(await errors('woocommerce')).toEqual([
      '“Mixed Tee” (SKU MX-1) – Red, Blue: the Color “Red, Blue” holds “,”, which WooCommerce reads as a separator between values; reword it without one.',
      '“Mixed Tee” (SKU MX-1) – Red|Blue: the Color “Red|Blue” holds “|”, which WooCommerce reads as a separator between values; reword it without one.',
    ]);
  });

  it('two variants whose SKUs come out the same (own or built from the product) is an error', async () => {
    tee('Slash Tee', 'SL-1', ['Color'], [{ values: ['Red Blue'] }, { values: ['Red/Blue'] }]);
    expect(await errors('google')).toEqual(['“Slash Tee” (SKU SL-1) – Red/Blue has the SKU SL-1-RED-BLUE, like Red Blue; give each variant its own.']);
  });

  it('an empty option value, a missing SKU with nothing to build it from, and WooCommerce without a parent SKU', async () => {
    tee('Blank Tee', null, ['Color', 'Size'], [{ values: ['Red', ''], sku: 'BL-R' }, { values: ['Blue', 'M'] }]);
    expect(await errors('shopify')).toEqual([
      '“Blank Tee” – Red has no Size; give every variant a value for each option.',
      '“Blank Tee” – Blue / M has no SKU; give it one, or give the product a SKU to build it from.',
    ]);
    expect(await errors('woocommerce')).toContain(
      "“Blank Tee” has variants but no SKU; WooCommerce links each variation to its product by the product's SKU, so give the product one (e.g. TEE-01).",
    );
  });

  it('WooCommerce refuses a product whose SKU one of its variants has too, proposing the variants\' shared stem; the other storefronts take it', async () => {
    // As "Make variants" leaves it: the first product's SKU stays the product's and goes to its variant too.
    tee('Twin Sku Tee', 'TEE-01-RED', ['Color'], [{ values: ['Red'], sku: 'TEE-01-RED' }, { values: ['Blue'], sku: 'TEE-01-BLUE' }]);
    expect(await errors('woocommerce')).toEqual([
      '“Twin Sku Tee” (SKU TEE-01-RED) has the same SKU as its variant Red; WooCommerce refuses a SKU that two products share, and the product counts as one. Give the product its own SKU, e.g. TEE-01.',
    ]);
    expect(await errors('shopify')).toEqual([]);
    expect(await errors('google')).toEqual([]);
  });

  it('WooCommerce without a parent SKU proposes the variants\' shared stem', async () => {
    tee('Stem Tee', null, ['Color'], [{ values: ['Red'], sku: 'ST-9-RED' }, { values: ['Blue'], sku: 'ST-9-BLUE' }]);
    expect(await errors('woocommerce')).toEqual([
      "“Stem Tee” has variants but no SKU; WooCommerce links each variation to its product by the product's SKU, so give the product one (e.g. ST-9).",
    ]);
  });

  it('Google: a variant without a photo of its own is a warning naming it; Etsy: a variant without any quantity is an error', async () => {
    const id = addProduct(lib.db, { title: 'Photo Tee', description: 'A tee.', tags: ['tee'], price: '20', sku: 'PT-1' }, [photo('pt-red')]);
    addVariants(lib.db, id, ['Color'], [{ values: ['Red'], photos: [0], quantity: '2' }, { values: ['Blue'] }]);
    const google = await lintExport(lib.db, { target: 'google', options: fullOptions(), spreadsheetSafe: false });
    expect(google.failingProductIds).toEqual([]);
    expect(google.issues.filter((i) => i.severity === 'warning').map((i) => i.message)).toEqual([
      "“Photo Tee” (SKU PT-1) – Blue has no photo of its own; Google will show the product's first photo.",
    ]);
    expect(await errors('etsy')).toEqual(['“Photo Tee” (SKU PT-1) – Blue has no quantity, and the product has none; Etsy requires one (set it on the variant).']);
  });

  it('an error leaves out that product only: the rest of the batch is written', async () => {
    const bad = tee('Twin Tee', 'TW-1', ['Color'], [{ values: ['Red'] }, { values: ['Red'] }]);
    const good = tee('Good Tee', 'GD-1', ['Color'], [{ values: ['Red'] }, { values: ['Blue'] }]);
    const outputPath = path.join(lib.out, 'shop.csv');
    const result = await runExport(lib.db, lib.dir, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false, outputPath, onLintFailure: 'skip' });
    expect(result.status).toBe('written');
    expect(result.skippedProductIds).toEqual([bad]);
    expect(result.exportedProductIds).toEqual([good]);
    const [header, ...rows] = readBack(outputPath);
    const sku = header!.indexOf('SKU');
    expect(rows.map((r) => r[sku]).filter((s) => s)).toEqual(['GD-1-RED', 'GD-1-BLUE']);
  });
});
