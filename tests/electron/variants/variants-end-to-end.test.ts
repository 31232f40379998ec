import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { findTestLlamaServer } from '../../helpers/llama-server';
import { tinyModelPair } from '../../helpers/tiny-model';
import { cli, type CliRun } from '../cli/cli-child';
import { makeProductShot } from '../photos/make-test-images';

/**
 * Issue 16's end-to-end test: real photo files through the real CLI (a child process, as a shop
 * owner's script runs it), the tiny random-weight model on a real llama-server, real exports parsed
 * by an independent CSV parser row by row, and the Shopify and WooCommerce files imported back into
 * the same library. The tiny model writes gibberish; what is checked here is structure.
 */

const binary = findTestLlamaServer();

/** Variant photos: each colour a product square on a pale backdrop, so the measured colour is the square's. */
const SHOTS: [file: string, colour: string][] = [
  ['TEE-01-RED_1.jpg', '#c81e1e'],
  ['TEE-01-RED_2.jpg', '#b41a24'],
  ['TEE-01-BLUE_1.jpg', '#1e46c8'],
  ['TEE-01-GREEN_1.jpg', '#1e9632'],
  ['MUG_S.jpg', '#6e4a32'],
  ['MUG_L.jpg', '#6a4630'],
  ['VASE.jpg', '#d2a03c'],
];

interface VariantRow {
  product_id: number;
  position: number;
  option_values: string;
  sku: string | null;
}

type Row = Record<string, string>;

/** A storefront file read back by csv-parse, one object per line keyed by the header. */
function readRows(file: string, delimiter: string): Row[] {
  return parse(fs.readFileSync(file), { delimiter, columns: true, bom: false, relax_column_count: false }) as Row[];
}

/** Red, green or blue: the strongest channel of an image's centre pixel (the product square). */
async function centreHue(file: string): Promise<'red' | 'green' | 'blue'> {
  const image = sharp(file);
  const { width, height } = await image.metadata();
  const px = await image.extract({ left: Math.floor(width! / 2), top: Math.floor(height! / 2), width: 1, height: 1 }).removeAlpha().raw().toBuffer();
  const [r, g, b] = [px[0]!, px[1]!, px[2]!];
  return r >= g && r >= b ? 'red' : g >= b ? 'green' : 'blue';
}

/** Every file under a folder, relative paths. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe.skipIf(!binary || process.platform === 'win32')('variants end to end: photos → grouped variants → tiny model → Shopify, WooCommerce, Google → imported back', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-variants-e2e-'));
  const photos = path.join(work, 'photos');
  const library = path.join(work, 'library');
  const exports = path.join(work, 'exports');
  const env = { LISTING_STUDIO_LLAMA_SERVER: binary ?? '', LISTING_STUDIO_SKIP_ENGINE_BUILD: '1' };
  const run = (args: string[]): Promise<CliRun> => cli([...args, '--library', library], env);
  const ok = async (args: string[]): Promise<CliRun> => {
    const result = await run(args);
    expect(result.code, `listing-studio ${args.join(' ')}\n${result.stderr}\n${result.stdout}`).toBe(0);
    return result;
  };
  const json = async <T>(args: string[]): Promise<T> => JSON.parse((await ok([...args, '--json'])).stdout) as T;

  const ids = { mug: 0, tee: 0, vase: 0 };

  function readVariants(): VariantRow[] {
    const db = openDatabase(path.join(library, 'library.sqlite'));
    try {
      return db.prepare<[], VariantRow>('SELECT product_id, position, option_values, sku FROM variants ORDER BY product_id, position').all();
    } finally {
      db.close();
    }
  }
  function count(sql: string): number {
    const db = openDatabase(path.join(library, 'library.sqlite'));
    try {
      return db.prepare(sql).pluck().get() as number;
    } finally {
      db.close();
    }
  }

  beforeAll(async () => {
    fs.mkdirSync(photos);
    let seed = 1;
    for (const [file, colour] of SHOTS) fs.writeFileSync(path.join(photos, file), await makeProductShot({ product: colour, seed: seed++ }));
    // What else lies in a shop's photo folder: a note and a folder of older shots (empty here).
    fs.writeFileSync(path.join(photos, 'notes.txt'), 'Reorder the green tee in March.\n');
    fs.mkdirSync(path.join(photos, 'old'));
    // The owner's own folder for exports, beside the library (export writes into a folder that exists).
    fs.mkdirSync(exports);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('import groups the tee by colour and the mug by size from the file names alone', async () => {
    const imported = await json<{
      productIds: number[];
      photosImported: number;
      errors: unknown[];
      variantGroups: { productId: number; name: string; optionNames: string[]; variants: string[] }[];
    }>(['import', photos]);

    expect(imported.photosImported).toBe(7);
    expect(imported.productIds).toHaveLength(3);
    expect(imported.errors).toEqual([]);
    expect(imported.variantGroups.map((g) => [g.name, g.optionNames, g.variants])).toEqual([
      ['MUG', ['Size'], ['L', 'S']],
      ['TEE-01', ['Color'], ['Blue', 'Green', 'Red']],
    ]);
    ids.mug = imported.variantGroups[0]!.productId;
    ids.tee = imported.variantGroups[1]!.productId;
    ids.vase = imported.productIds.find((id) => id !== ids.mug && id !== ids.tee)!;

    // The note is not a photo; nothing was written into the photo folder.
    expect(count("SELECT COUNT(*) FROM photos WHERE original_name LIKE '%notes%'")).toBe(0);
    expect(fs.readdirSync(photos).sort()).toEqual([...SHOTS.map(([f]) => f), 'notes.txt', 'old'].sort());
    expect(readVariants().map((v) => [v.product_id, JSON.parse(v.option_values), v.sku])).toEqual([
      [ids.mug, ['L'], 'MUG_L'],
      [ids.mug, ['S'], 'MUG_S'],
      [ids.tee, ['Blue'], 'TEE-01-BLUE'],
      [ids.tee, ['Green'], 'TEE-01-GREEN'],
      [ids.tee, ['Red'], 'TEE-01-RED'],
    ]);
    // The note dropped on its own is refused in words, naming it; nothing is added.
    const note = await run(['import', path.join(photos, 'notes.txt')]);
    expect(note.code).toBe(1);
    expect(note.stdout).toContain('skipped ' + path.join(photos, 'notes.txt') + ': notes.txt: this is not a photo Listing Studio can read; use JPEG, PNG, WebP, AVIF, TIFF, GIF or HEIC files.');
    expect(count('SELECT COUNT(*) FROM products')).toBe(3);
    // Each tee photo names the variant it shows: red has both its photos.
    expect(count(`SELECT COUNT(*) FROM photos p JOIN variants v ON v.id = p.variant_id WHERE v.sku = 'TEE-01-RED'`)).toBe(2);
  }, 120_000);

  it('generate --all writes one listing per product (not per variant) with the tiny model', async () => {
    const pair = tinyModelPair();
    const done = await json<{ total: number; done: number; failed: number; state: string }>(['generate', '--all', '--model', pair.model, '--mmproj', pair.mmproj, '--parallel', '1']);
    expect(done).toMatchObject({ state: 'done', total: 3, done: 3, failed: 0 });
    expect(count("SELECT COUNT(DISTINCT product_id) FROM revisions WHERE source = 'generate'")).toBe(3);
    expect(count("SELECT COUNT(*) FROM revisions WHERE source = 'generate'")).toBe(3);
  }, 300_000);

  it('the owner names and prices the products, sets the shop profile and approves all three', async () => {
    // What an owner does before exporting: the tiny model's titles are gibberish and too long for
    // Google, and it never writes a price; Google also needs a product page and a condition.
    await ok(['drafts', 'set', String(ids.tee), '--title', 'Cotton Tee', '--price', '24.00']);
    await ok(['drafts', 'set', String(ids.mug), '--title', 'Stoneware Mug', '--price', '14.50']);
    await ok(['drafts', 'set', String(ids.vase), '--title', 'Ochre Vase', '--price', '39.00']);
    await ok(['shop', 'set', '--shopify-url', 'https://shop.example.com', '--condition', 'new']);
    await ok(['approve', String(ids.tee), String(ids.mug), String(ids.vase)]);
    expect(count("SELECT COUNT(*) FROM drafts WHERE status = 'approved'")).toBe(3);
  }, 120_000);

  const exportTo = async (format: string, file: string) => {
    await ok(['export', '--format', format, '--out', path.join(exports, file), '--image-base-url', 'https://cdn.example.com/shop/']);
    return path.join(exports, file);
  };
  /** The local file behind an exported image URL, in the images folder beside the export. */
  const imageFile = (exported: string, url: string) => {
    expect(url).toMatch(/^https:\/\/cdn\.example\.com\/shop\/[^/]+\.jpg$/);
    return path.join(exports, `${path.basename(exported, path.extname(exported))}-images`, path.basename(url));
  };

  it('Shopify: a product row, then one row per variant with Option1 name/value, SKU, price and its own photo', async () => {
    const file = await exportTo('shopify', 'shopify.csv');
    const rows = readRows(file, ',');
    const mug = rows.filter((r) => r['URL handle'] === 'stoneware-mug');
    const tee = rows.filter((r) => r['URL handle'] === 'cotton-tee');
    const vase = rows.filter((r) => r['URL handle'] === 'ochre-vase');
    expect(mug.length + tee.length + vase.length).toBe(rows.length);
    const variantPart = (r: Row) => [r.Title, r.SKU, r['Option1 name'], r['Option1 value'], r['Option2 name'], r.Price];
    // Variant rows first (the product's fields and option name on the first), then rows that only add photos.
    expect(mug.map(variantPart)).toEqual([
      ['Stoneware Mug', 'MUG_L', 'Size', 'L', '', '14.50'],
      ['', 'MUG_S', '', 'S', '', '14.50'],
      ['', '', '', '', '', ''],
    ]);
    expect(tee.map(variantPart)).toEqual([
      ['Cotton Tee', 'TEE-01-BLUE', 'Color', 'Blue', '', '24.00'],
      ['', 'TEE-01-GREEN', '', 'Green', '', '24.00'],
      ['', 'TEE-01-RED', '', 'Red', '', '24.00'],
      ['', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['', '', '', '', '', ''],
    ]);
    // A product without variants is exactly as before: Shopify's single default variant.
    expect(vase.map(variantPart)).toEqual([['Ochre Vase', 'VASE', 'Title', 'Default Title', '', '39.00']]);
    // Every photo once as a product image; each variant row shows a photo of its own colour.
    expect(tee.map((r) => r['Product image URL']).filter(Boolean)).toHaveLength(4);
    expect(new Set(tee.map((r) => r['Product image URL']).filter(Boolean)).size).toBe(4);
    const hues = await Promise.all(tee.slice(0, 3).map((r) => centreHue(imageFile(file, r['Variant image URL']!))));
    expect(hues).toEqual(['blue', 'green', 'red']);
    expect(new Set(mug.slice(0, 2).map((r) => r['Variant image URL'])).size).toBe(2);
  }, 120_000);

  it('WooCommerce: a variable parent with every value, then variation rows with Parent set', async () => {
    const file = await exportTo('woocommerce', 'woocommerce.csv');
    const rows = readRows(file, ',');
    const part = (r: Row) => [r.Type, r.SKU, r.Name, r.Parent, r['Regular price'], r['Attribute 1 name'], r['Attribute 1 value(s)']];
    expect(rows.map(part)).toEqual([
      ['variable', 'MUG', 'Stoneware Mug', '', '', 'Size', 'L, S'],
      ['variation', 'MUG_L', 'Stoneware Mug - L', 'MUG', '14.50', 'Size', 'L'],
      ['variation', 'MUG_S', 'Stoneware Mug - S', 'MUG', '14.50', 'Size', 'S'],
      ['variable', 'TEE-01', 'Cotton Tee', '', '', 'Color', 'Blue, Green, Red'],
      ['variation', 'TEE-01-BLUE', 'Cotton Tee - Blue', 'TEE-01', '24.00', 'Color', 'Blue'],
      ['variation', 'TEE-01-GREEN', 'Cotton Tee - Green', 'TEE-01', '24.00', 'Color', 'Green'],
      ['variation', 'TEE-01-RED', 'Cotton Tee - Red', 'TEE-01', '24.00', 'Color', 'Red'],
      ['simple', 'VASE', 'Ochre Vase', '', '39.00', '', ''],
    ]);
    // WooCommerce refuses a SKU two rows share (parent or variation): every SKU in the file is its own.
    expect(new Set(rows.map((r) => r.SKU.toLowerCase())).size).toBe(rows.length);
    // A variation's image is a photo of its own colour.
    const hues = await Promise.all(rows.slice(4, 7).map((r) => centreHue(imageFile(file, r.Images!.split(',')[0]!.trim()))));
    expect(hues).toEqual(['blue', 'green', 'red']);
  }, 120_000);

  it('Google: one item per variant with its own id, item_group_id, colour or size, price and photo', async () => {
    const file = await exportTo('google', 'google.tsv');
    const rows = readRows(file, '\t');
    const part = (r: Row) => [r.id, r.title, r.item_group_id, r.color, r.size, r.price, r.condition];
    expect(rows.map(part)).toEqual([
      ['MUG_L', 'Stoneware Mug – L', 'MUG', '', 'L', '14.50 USD', 'new'],
      ['MUG_S', 'Stoneware Mug – S', 'MUG', '', 'S', '14.50 USD', 'new'],
      ['TEE-01-BLUE', 'Cotton Tee – Blue', 'TEE-01', 'Blue', '', '24.00 USD', 'new'],
      ['TEE-01-GREEN', 'Cotton Tee – Green', 'TEE-01', 'Green', '', '24.00 USD', 'new'],
      ['TEE-01-RED', 'Cotton Tee – Red', 'TEE-01', 'Red', '', '24.00 USD', 'new'],
      ['VASE', 'Ochre Vase', '', '', '', '39.00 USD', 'new'],
    ]);
    const hues = await Promise.all(rows.slice(2, 5).map((r) => centreHue(imageFile(file, r.image_link!))));
    expect(hues).toEqual(['blue', 'green', 'red']);
    // Every export went beside the library, none into it.
    expect(filesUnder(library).filter((f) => /\.(csv|tsv|txt)$/.test(f))).toEqual([]);
  }, 120_000);

  it('the Shopify and WooCommerce files imported back match every variant by SKU and duplicate nothing', async () => {
    const before = readVariants();
    const products = count('SELECT COUNT(*) FROM products');
    for (const file of ['shopify.csv', 'woocommerce.csv']) {
      const { preview, applied } = await json<{
        preview: { rows: { productId: number | null; variant: { variantId: number | null; matchedBy: string | null } | null }[]; counts: { unmatched: number } };
        applied: { variantsCreated: number; rowsUnmatched: number };
      }>(['catalog', 'import', path.join(exports, file), '--apply']);
      expect(preview.counts.unmatched, file).toBe(0);
      const variantRows = preview.rows.filter((r) => r.variant);
      expect(variantRows, file).toHaveLength(5);
      expect(variantRows.every((r) => r.variant!.variantId !== null && r.variant!.matchedBy === 'sku'), file).toBe(true);
      expect(applied.variantsCreated, file).toBe(0);
      expect(applied.rowsUnmatched, file).toBe(0);
    }
    expect(count('SELECT COUNT(*) FROM products')).toBe(products);
    const after = readVariants();
    expect(after.map((v) => [v.product_id, v.option_values, v.sku])).toEqual(before.map((v) => [v.product_id, v.option_values, v.sku]));
  }, 120_000);
});
