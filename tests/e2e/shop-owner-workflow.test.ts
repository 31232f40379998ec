import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { readDraft } from '../../electron/drafts/read-draft';
import { countWords } from '../../shared/text/count-words';
import { SHOPIFY_DOC_HEADER } from '../electron/export/documented-headers';
import { findTestLlamaServer } from '../helpers/llama-server';
import { tinyModelPair } from '../helpers/tiny-model';
import { dropFiles } from './helpers/drop-files';
import { saveScreenshot } from './helpers/screenshots';
import { makeShopPhotos } from './helpers/shop-photos';

/**
 * The shop owner's loop in Debian's Chromium against the real core (SQLite, sharp, llama-server on
 * the tiny random-weight model) behind the 127.0.0.1 test host. The steps share one library and
 * one page, in order, and each leaves a screenshot in tests/.artifacts/e2e/.
 */
const binary = findTestLlamaServer();

let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];

const productIds = () => (core.db.prepare('SELECT id FROM products ORDER BY id').all() as { id: number }[]).map((r) => r.id);

beforeAll(async () => {
  if (binary) process.env.LISTING_STUDIO_LLAMA_SERVER = binary;
  app = await startBrowserApp('workflow');
  ({ core, host, page, problems } = app);
}, 180_000);

afterAll(() => app?.close());

describe('shop owner workflow in Chromium', () => {
  it('first run offers local or cloud; local shows the recommended model and starts the tiny model with its status', async () => {
    await page.goto(host.pageUrl);
    await expect.poll(() => page.getByRole('heading', { name: 'How should Listing Studio write your listings?' }).isVisible()).toBe(true);
    await page.getByText(/^Recommended for this computer:/).waitFor();
    expect(await page.getByRole('button', { name: /^Download \(/ }).textContent()).toMatch(/GB|MB/);
    await saveScreenshot(page, '01-first-run-local');

    await page.getByRole('radio', { name: /With a cloud service/ }).check();
    await expect.poll(() => page.getByLabel('API base URL').inputValue()).toMatch(/^https:\/\//);
    await expect.poll(() => page.getByRole('button', { name: 'Test the connection and save' }).isVisible()).toBe(true);
    await saveScreenshot(page, '02-first-run-cloud');
    await page.getByRole('radio', { name: /On this computer/ }).check();

    if (!binary) return;
    const tiny = tinyModelPair();
    await page.getByText('Add model files you already have', { exact: true }).click();
    await page.getByLabel('Model file (.gguf)').fill(tiny.model);
    await page.getByLabel('Vision file (mmproj .gguf)').fill(tiny.mmproj);
    await page.getByRole('button', { name: 'Add model' }).click();
    await page.getByRole('button', { name: /^Start / }).click();
    const status = page.getByRole('status', { name: 'Local engine status' });
    await expect.poll(() => status.textContent(), { timeout: 90_000 }).toMatch(/Engine: Ready/);
    expect(await status.textContent()).toMatch(/GPU layers|processor/);
    await saveScreenshot(page, '03-engine-ready');
    await page.getByRole('button', { name: 'Continue to the library' }).click();
  }, 150_000);

  it('dropping 5 photos with one corrupt makes 4 products and lists one clear error', async () => {
    if (!binary) await page.getByRole('button', { name: 'Continue without a model for now' }).click();
    const { photos, corruptName } = await makeShopPhotos();
    await dropFiles(page, page.getByRole('region', { name: 'Import photos' }), photos);

    await expect.poll(() => page.locator('.import-report').textContent(), { timeout: 60_000 }).toMatch(/Imported 4 photos into 4 products\. 1 file skipped\./);
    const errors = page.getByRole('list', { name: 'Files that were not imported' }).getByRole('listitem');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().textContent()).toContain(corruptName);
    await expect.poll(() => page.locator('.product-card').count()).toBe(4);
    expect(await page.getByTestId('product-count').textContent()).toBe('4 products');
    expect(productIds()).toHaveLength(4);
    // The thumbnails really load through the host's confined photo route.
    await expect.poll(() => page.locator('.product-card img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length)).toBe(4);
    await saveScreenshot(page, '04-imported');
  }, 90_000);

  it.skipIf(!binary)('generate all writes every listing, with progress while it runs', async () => {
    await page.getByRole('button', { name: 'Generate all' }).click();
    await page.getByRole('progressbar', { name: 'Generation progress' }).waitFor();
    await saveScreenshot(page, '05-generating');
    await expect.poll(() => page.locator('.job-message').textContent(), { timeout: 240_000, interval: 1000 }).toMatch(/^Finished: 4 written/);
    for (const id of productIds()) expect(readDraft(core.db, id).revision).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('.product-card .badge-new').count()).toBe(0);
    await saveScreenshot(page, '06-generated');
  }, 300_000);

  it.skipIf(!binary)('regenerating only the title rewrites the title in one revision and leaves the rest as it was', async () => {
    const id = productIds()[1]!;
    await page.locator(`.product-card[data-product-id="${id}"]`).click();
    const editor = page.getByRole('region', { name: 'Listing editor' });
    await editor.getByLabel(/^Description/).waitFor();
    const before = readDraft(core.db, id);
    await editor.getByLabel('What to regenerate').selectOption('title');
    await editor.getByRole('button', { name: 'Regenerate', exact: true }).click();
    await expect.poll(() => readDraft(core.db, id).revision, { timeout: 60_000 }).toBe(before.revision + 1);
    const after = readDraft(core.db, id);
    expect(after).toMatchObject({ description: before.description, tags: before.tags, attributes: before.attributes, price: before.price, sku: before.sku });
    // The editor shows the saved title once the busy label is gone.
    await expect.poll(() => editor.getByRole('button', { name: 'Regenerate', exact: true }).isEnabled(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => editor.getByLabel(/^Title/).inputValue()).toBe(after.title);
    expect(await editor.locator('.editor-problem').count()).toBe(0);
    await saveScreenshot(page, '06b-title-regenerated');
  }, 90_000);

  it('editing a description updates the word count live, autosaves, and undo restores the text', async () => {
    const id = productIds()[0]!;
    await page.locator(`.product-card[data-product-id="${id}"]`).click();
    const description = page.getByLabel(/^Description/);
    await description.waitFor();
    const before = await description.inputValue();
    const meter = page.getByTestId('word-count');
    expect(await meter.textContent()).toBe(`${countWords(before)} word${countWords(before) === 1 ? '' : 's'} · target 45–55`);

    await description.fill('Hand-stitched linen tote');
    expect(await meter.textContent()).toBe('3 words · target 45–55');
    await description.pressSequentially(' with leather handles', { delay: 20 });
    expect(await meter.textContent()).toBe('6 words · target 45–55');
    await expect.poll(() => page.getByRole('status', { name: 'Save status' }).textContent()).toMatch(/^Saved \(revision \d+\)/);
    expect(readDraft(core.db, id).description).toBe('Hand-stitched linen tote with leather handles');
    await saveScreenshot(page, '07-edited');

    await description.press('Control+z');
    expect(await description.inputValue()).toBe(before);
    expect(await meter.textContent()).toBe(`${countWords(before)} word${countWords(before) === 1 ? '' : 's'} · target 45–55`);
    await expect.poll(() => readDraft(core.db, id).description).toBe(before);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await description.inputValue()).toBe('Hand-stitched linen tote with leather handles');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => readDraft(core.db, id).description).toBe(before);
    await saveScreenshot(page, '08-undone');
  }, 60_000);

  it('flags follow the edits: each one is shown under its field and saved with the text', async () => {
    const id = productIds()[0]!;
    const description = page.getByLabel(/^Description/);
    const before = await description.inputValue();
    const descriptionFlags = page.getByRole('list', { name: 'Flags on the description' });
    // The product in the photos is reddish brown: green is wrong, and five words are too few.
    await description.fill('A green linen tote bag.');
    await expect.poll(() => descriptionFlags.textContent()).toMatch(/^Description has 5 words; the target is 45-55\.The description says green, but the product in the photos looks .+\.$/);
    expect(readDraft(core.db, id).flags).toContainEqual(expect.objectContaining({ code: 'colour_mismatch', field: 'description', words: ['green'] }));
    await saveScreenshot(page, '08b-flag-under-field');
    await description.fill('A brown linen tote bag.');
    await expect.poll(() => descriptionFlags.textContent()).toBe('Description has 5 words; the target is 45-55.');
    expect(readDraft(core.db, id).flags.filter((f) => f.code === 'colour_mismatch')).toEqual([]);
    await description.fill(before);
    await expect.poll(() => readDraft(core.db, id).description).toBe(before);
  }, 60_000);

  it('approve marks the draft approved; Ctrl+Enter approves and moves to the next product', async () => {
    const ids = productIds();
    const fillShopFields = async (i: number) => {
      // Shopify refuses a listing without price and SKU; the shop owner adds them while reviewing.
      const editor = page.getByRole('region', { name: 'Listing editor' });
      if (!binary) await editor.getByLabel(/^Title/).fill(`Product number ${i + 1}`);
      await editor.getByLabel('Price', { exact: true }).fill(`${12 + i}.50`);
      await editor.getByLabel('SKU', { exact: true }).fill(`SHOP-${i + 1}`);
    };
    await fillShopFields(0);
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    // The random model's drafts are flagged (its text is noise): approving them asks once first.
    if (readDraft(core.db, ids[0]!).flags.length > 0) {
      const question = page.getByRole('alertdialog', { name: 'Approve with flags' });
      await expect.poll(() => question.textContent()).toMatch(/This draft still has .*flag.*\. Approve it anyway\?/);
      expect(readDraft(core.db, ids[0]!).status).not.toBe('approved');
      await question.getByRole('button', { name: 'Approve anyway' }).click();
    }
    await expect.poll(() => page.locator('.editor-header .badge').textContent()).toMatch(/^Approved/);
    await expect.poll(() => readDraft(core.db, ids[0]!).status).toBe('approved');
    expect(readDraft(core.db, ids[0]!)).toMatchObject({ price: '12.50', sku: 'SHOP-1' });
    await expect.poll(() => page.locator(`.product-card[data-product-id="${ids[0]}"] .badge`).textContent()).toMatch(/^Approved/);
    await saveScreenshot(page, '09-approved');

    await page.keyboard.press('Alt+ArrowDown');
    for (const [i, id] of ids.entries()) {
      if (i === 0) continue;
      await expect.poll(() => page.locator('.product-card.focused').getAttribute('data-product-id')).toBe(String(id));
      await fillShopFields(i);
      await page.keyboard.press('Control+Enter');
      // A flagged draft: the first Ctrl+Enter asks, the second answers.
      if (readDraft(core.db, id).flags.length > 0) {
        await page.getByRole('alertdialog', { name: 'Approve with flags' }).waitFor();
        await page.keyboard.press('Control+Enter');
      }
      await expect.poll(() => readDraft(core.db, id).status).toBe('approved');
      expect(readDraft(core.db, id)).toMatchObject({ price: `${12 + i}.50`, sku: `SHOP-${i + 1}` });
    }
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('.product-card.focused').getAttribute('data-product-id')).toBe(String(ids.at(-2)));
    await expect.poll(() => page.locator('.product-card .badge-approved').count()).toBe(4);
    await saveScreenshot(page, '10-all-approved');
  }, 90_000);

  it('exports a Shopify CSV to the path the dialog suggests, after the pre-flight report, with the documented header and one product per handle', async () => {
    // The suggested folder does not exist yet: the export makes it (nothing here creates it).
    const exportsDir = path.join(core.libraryDir, 'exports');
    expect(fs.existsSync(exportsDir)).toBe(false);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export listings' });
    await dialog.getByLabel('Storefront').selectOption('shopify');
    await dialog.getByLabel(/^Image base URL/).fill('https://cdn.example.com/shop');
    await dialog.getByRole('button', { name: 'Check listings' }).click();
    const report = dialog.getByRole('region', { name: 'Pre-flight report' });
    await expect.poll(() => report.textContent()).toMatch(/^Checked 4 products: \d+ errors?, \d+ warnings?/);
    const outputPath = await dialog.getByLabel('Export file path').inputValue();
    expect(path.dirname(outputPath)).toBe(exportsDir);
    expect(path.basename(outputPath)).toMatch(/^shopify-\d{4}-\d{2}-\d{2}\.csv$/);
    await saveScreenshot(page, '11-export-preflight');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.locator('.export-result').textContent(), { timeout: 30_000 }).toMatch(/^Wrote \d+ rows? for \d+ products?/);
    expect(await dialog.locator('.export-file').textContent()).toBe(outputPath);
    await saveScreenshot(page, '12-exported');

    const rows = parse(fs.readFileSync(outputPath), { bom: true }) as string[][];
    expect(rows[0]).toEqual(SHOPIFY_DOC_HEADER);
    const col = (name: string) => SHOPIFY_DOC_HEADER.indexOf(name);
    const exported = productIds().filter((id) => readDraft(core.db, id).status === 'exported');
    expect(exported.length).toBeGreaterThan(0);
    const titled = rows.slice(1).filter((r) => r[col('Title')] !== '');
    expect(titled.map((r) => r[col('Title')]).sort()).toEqual(exported.map((id) => readDraft(core.db, id).title).sort());
    const handles = new Set(rows.slice(1).map((r) => r[col('URL handle')]));
    expect(handles.size).toBe(exported.length);
    for (const r of rows.slice(1)) expect(r[col('Product image URL')]).toMatch(/^https:\/\/cdn\.example\.com\/shop\//);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.product-card .badge-exported').count()).toBe(exported.length);
  }, 60_000);

  it('follows the OS dark theme and raised no page errors', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(24, 24, 26)');
    await saveScreenshot(page, '13-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(247, 247, 245)');
    expect(problems).toEqual([]);
  });
});
