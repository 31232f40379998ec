import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_COLOURS } from '../../shared/text/colour/vocabulary-en';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { writePhotos, type ShopPhoto } from './helpers/shop-photos';

/**
 * One T-shirt photographed in red, blue and green (a phone's numbered names, which say nothing
 * about the colour): three products made variants of one in the library, undone with Ctrl+Z and
 * made again; the editor's table shows the colours measured from the pixels, takes SKUs and a
 * price, refuses a duplicate colour in words, splits a variant out and back; the Shopify file
 * from the export dialog has one product row and one row per variant with those SKUs.
 */
let app: BrowserApp;
let page: Page;

/** A T-shirt-ish shape in one colour on a light backdrop, so the palette finds that colour. */
async function teePhoto(colour: string): Promise<Buffer> {
  const body = await sharp({ create: { width: 200, height: 240, channels: 3, background: colour } }).png().toBuffer();
  const sleeve = await sharp({ create: { width: 90, height: 70, channels: 3, background: colour } }).png().toBuffer();
  return sharp({ create: { width: 480, height: 400, channels: 3, background: '#f4f2ee' } })
    .composite([
      { input: body, left: 140, top: 100 },
      { input: sleeve, left: 60, top: 100 },
      { input: sleeve, left: 330, top: 100 },
    ])
    .jpeg({ quality: 88 })
    .toBuffer();
}

const COLOURS = [
  ['IMG_2041.jpg', '#c62828', 'red'],
  ['IMG_2042.jpg', '#1e4fb8', 'blue'],
  ['IMG_2043.jpg', '#2e8b3a', 'green'],
] as const;
const SKUS = ['TEE-01-R', 'TEE-01-B', 'TEE-01-G'];

const cards = () => page.locator('.product-card');
const productIds = () => app.core.db.prepare('SELECT id FROM products WHERE deleted_at IS NULL AND merge_id IS NULL ORDER BY id').pluck().all() as number[];
const cardFor = (id: number) => page.locator(`.product-card[data-product-id="${id}"]`);
const noticeText = () => page.locator('.library-notice > span').textContent();
const variantsTable = () => page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'SKU' }) });
const variantRows = () => variantsTable().locator('tbody tr');
const rowInput = (row: Locator, column: string) => row.getByRole('textbox', { name: new RegExp(`^${column} of `) });
const saveStatus = () => page.getByRole('status', { name: 'Variants save status' }).textContent();
/** Everything the make and its undo touch, to compare before and after. */
const rowsOf = () =>
  JSON.stringify(['products', 'photos', 'variants', 'drafts WHERE revision > 0', 'revisions'].map((t) => app.core.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));

async function selectAll3(ids: number[]) {
  await cardFor(ids[0]!).click();
  await cardFor(ids[1]!).click({ modifiers: ['Control'] });
  await cardFor(ids[2]!).click({ modifiers: ['Control'] });
  await expect.poll(() => page.locator('.product-card[aria-pressed="true"]').count()).toBe(3);
}

async function makeVariants(): Promise<Locator> {
  await page.getByRole('button', { name: 'Make variants of one product' }).click();
  return page.getByRole('alertdialog', { name: 'Make variants of one product' });
}

beforeAll(async () => {
  app = await startBrowserApp('variants');
  page = app.page;
}, 180_000);
afterAll(() => app?.close());

describe('variants in the library and the editor (Chromium over the real core)', () => {
  it('imports three photos of one T-shirt in three colours as three products', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(app.host.pageUrl);
    await page.getByRole('button', { name: 'Continue without a model for now' }).click();
    const photos: ShopPhoto[] = [];
    for (const [name, colour] of COLOURS) photos.push({ name, mimeType: 'image/jpeg', bytes: await teePhoto(colour) });
    await page.getByTestId('photo-picker').setInputFiles(writePhotos(path.join(app.tmp, 'picked'), photos));
    await expect.poll(() => page.locator('.import-report').textContent(), { timeout: 60_000 }).toBe('Imported 3 photos into 3 products.');
    await expect.poll(() => cards().count()).toBe(3);
  }, 90_000);

  it('asks first, naming each product; Make makes one product with 3 variants; Ctrl+Z puts the three back exactly', async () => {
    const ids = productIds();
    const before = rowsOf();
    await selectAll3(ids);
    const confirm = await makeVariants();
    const items = confirm.getByRole('list', { name: 'The variants, in order' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(3);
    // Numbered camera names say nothing: each product goes by its number until it has a title.
    expect(await items.allTextContents()).toEqual([
      `Untitled product ${ids[0]} (the product): its listing becomes the shared listing`,
      `Untitled product ${ids[1]}: no listing written yet`,
      `Untitled product ${ids[2]}: no listing written yet`,
    ]);
    expect(await confirm.textContent()).toContain(`Make Untitled product ${ids[0]} one product with 3 variants?`);
    await saveScreenshot(page, 'variants-01-confirm');
    await confirm.getByRole('button', { name: 'Make 3 variants' }).click();

    await expect.poll(() => cards().count()).toBe(1);
    await expect.poll(() => cardFor(ids[0]!).locator('.variant-count').textContent()).toBe('3 variants');
    await expect.poll(noticeText).toMatch(new RegExp(`^Made 3 variants of Untitled product ${ids[0]} \\(Color: [^,;]+, [^,;]+, [^,;]+; the colours were measured from the photos\\)\\.$`));
    expect(await page.locator('.library-notice').getByRole('button', { name: 'Undo' }).count()).toBe(1);
    await saveScreenshot(page, 'variants-02-made');

    // Ctrl+Z in the library (here from the grid, where the keyboard is) takes back what the notice reports.
    await cardFor(ids[0]!).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards().count()).toBe(3);
    await expect.poll(noticeText).toBe('Variants undone: 3 products are back as they were.');
    expect(rowsOf()).toBe(before);
  }, 60_000);

  it('the editor lists the colours measured from each photo, in the order the products were selected', async () => {
    const ids = productIds();
    await selectAll3(ids);
    await (await makeVariants()).getByRole('button', { name: 'Make 3 variants' }).click();
    await expect.poll(() => cards().count()).toBe(1);
    await expect.poll(() => cardFor(ids[0]!).textContent()).toContain('3 variants');

    await expect.poll(() => variantRows().count(), { timeout: 20_000 }).toBe(3);
    // The group's one title, price and parent SKU, written once for all three.
    await page.getByLabel(/^Title/).fill('Cotton tee');
    await page.getByLabel('Price', { exact: true }).fill('18.50');
    await page.getByLabel('SKU', { exact: true }).fill('TEE-01');
    await expect.poll(() => page.getByRole('status', { name: 'Save status', exact: true }).textContent()).toMatch(/^Saved/);
    expect(await variantsTable().getByRole('columnheader').allTextContents()).toEqual(['Photo', 'Color', 'SKU', 'Price', 'Barcode', 'Quantity', 'Actions']);
    const values = await variantsTable().getByRole('textbox', { name: /^Color of variant/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // Each value is a colour word of its photo's family (the vocabulary of the colour checks), measured, not named.
    expect(values.map((v) => ENGLISH_COLOURS.get(v.toLowerCase()) ?? [])).toEqual(COLOURS.map(([, , family]) => expect.arrayContaining([family])));
    expect(await variantsTable().locator('.value-source').allTextContents()).toEqual(Array(3).fill("from the photo's colours"));
    // Each row shows its own photo.
    expect(await variantRows().locator('.variant-photo img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt.split(': ')[1]))).toEqual(COLOURS.map(([name]) => name));
    await expect.poll(() => variantRows().locator('.variant-photo img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    // An empty price is the product's price, shown as the placeholder.
    expect(await rowInput(variantRows().first(), 'Price').getAttribute('placeholder')).toBe('18.50');
  }, 60_000);

  it('takes SKUs and a price typed in the table and saves them; a duplicate colour is refused in words and nothing is saved', async () => {
    for (const [i, sku] of SKUS.entries()) await rowInput(variantRows().nth(i), 'SKU').fill(sku);
    // From the keyboard: Tab goes from a variant's SKU to its price.
    await rowInput(variantRows().nth(1), 'SKU').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('21.00');
    expect(await rowInput(variantRows().nth(1), 'Price').inputValue()).toBe('21.00');
    await expect.poll(saveStatus).toBe('Variants saved');
    const stored = () => app.core.db.prepare('SELECT sku, price FROM variants ORDER BY position').all();
    expect(stored()).toEqual([
      { sku: SKUS[0], price: null },
      { sku: SKUS[1], price: '21.00' },
      { sku: SKUS[2], price: null },
    ]);
    await saveScreenshot(page, 'variants-03-table');

    const second = variantsTable().getByRole('textbox', { name: 'Color of variant 2' });
    const blue = await second.inputValue();
    const first = await variantsTable().getByRole('textbox', { name: 'Color of variant 1' }).inputValue();
    await second.fill(first);
    const problem = page.locator('.variants-problem');
    await expect.poll(() => problem.textContent()).toContain(first);
    await expect.poll(saveStatus).toBe('Variants not saved');
    await saveScreenshot(page, 'variants-04-duplicate-refused');
    expect(app.core.db.prepare('SELECT option_values FROM variants ORDER BY position').pluck().all()).toContain(JSON.stringify([blue]));

    await second.fill(`${blue}, dark`);
    await expect.poll(() => problem.textContent()).toMatch(/comma/);
    await second.fill(blue);
    await expect.poll(saveStatus).toBe('Variants saved');
    await expect.poll(() => problem.count()).toBe(0);
  }, 60_000);

  it('Split out makes a variant a product of its own; Undo in the notice puts it back', async () => {
    const green = await variantsTable().getByRole('textbox', { name: 'Color of variant 3' }).inputValue();
    await page.getByRole('button', { name: `Split out ${green} into a product of its own` }).click();
    await expect.poll(() => cards().count()).toBe(2);
    await expect.poll(() => variantRows().count()).toBe(2);
    const notice = page.locator('.variants-notice');
    await expect.poll(() => notice.locator('span').textContent()).toBe(`${green} is now a product of its own, with its photos, SKU and price.`);
    expect(app.core.db.prepare('SELECT sku FROM drafts WHERE sku = ?').pluck().get(SKUS[2])).toBe(SKUS[2]);
    await saveScreenshot(page, 'variants-05-split');

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cards().count()).toBe(1);
    await expect.poll(() => variantRows().count()).toBe(3);
    expect(app.core.db.prepare('SELECT sku FROM variants ORDER BY position').pluck().all()).toEqual(SKUS);
  }, 60_000);

  it('exports the product to Shopify from the export dialog: one product row, then one row per variant with its SKU and price', async () => {
    await page
      .getByLabel(/^Description/)
      .fill(
        'A soft cotton T-shirt with short sleeves and a round neck, cut straight and washed for a lived-in feel. The jersey is mid-weight, so it hangs well on its own or under a jacket. Seams are twin-stitched at the hem and sleeves, and the neck keeps its shape after many washes. Sold in three colours.',
      );
    await page.getByRole('button', { name: 'Approve' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Approve with flags' });
    if (await ask.isVisible()) await ask.getByRole('button', { name: 'Approve anyway' }).click();
    await expect.poll(() => page.getByRole('toolbar', { name: 'Listing actions' }).getByRole('button', { name: 'Approved' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export listings' });
    await dialog.getByLabel(/^Storefront/).selectOption('shopify');
    await dialog.getByLabel(/^Image base URL/).fill('https://cdn.example.com/products');
    await dialog.getByRole('button', { name: 'Check listings' }).click();
    await expect.poll(() => dialog.locator('.lint-report [role="status"]').textContent()).toMatch(/^Checked 1 product/);
    await saveScreenshot(page, 'variants-06-checked');
    const file = (await dialog.getByLabel('Export file path').inputValue()).replace(/[^/\\]+$/, 'shopify-variants.csv');
    await dialog.getByLabel('Export file path').fill(file);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.locator('.export-result').textContent(), { timeout: 30_000 }).toMatch(/^Wrote \d+ rows? for 1 product/);
    await saveScreenshot(page, 'variants-07-exported');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const colours = await variantsTable().getByRole('textbox', { name: /^Color of variant/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(new Set(rows.map((r) => r['URL handle'])).size).toBe(1);
    expect(rows.filter((r) => r.Title !== '')).toHaveLength(1);
    expect(rows[0]!.Title).toBe('Cotton tee');
    expect(rows[0]!['Option1 name']).toBe('Color');
    const variantRowsInFile = rows.filter((r) => r['Option1 value'] !== '');
    expect(variantRowsInFile.map((r) => [r['Option1 value'], r.SKU, r.Price])).toEqual([
      [colours[0], SKUS[0], '18.50'],
      [colours[1], SKUS[1], '21.00'],
      [colours[2], SKUS[2], '18.50'],
    ]);
    expect(app.problems).toEqual([]);
  }, 90_000);
});
