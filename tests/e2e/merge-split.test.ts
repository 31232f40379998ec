import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { makeProductPhotos, makeShopPhotos, writePhotos } from './helpers/shop-photos';

/** Fixing the automatic grouping by hand: Open… in the browser, merge by drag and by selection, split by drag. */
let tmp: string;
let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];

const photoCounts = () =>
  (core.db.prepare('SELECT count(*) AS n FROM photos GROUP BY product_id ORDER BY product_id').all() as { n: number }[]).map((r) => r.n);
const cardFor = (id: number) => page.locator(`.product-card[data-product-id="${id}"]`);
const ids = () => (core.db.prepare('SELECT id FROM products ORDER BY id').all() as { id: number }[]).map((r) => r.id);

beforeAll(async () => {
  app = await startBrowserApp('merge');
  ({ tmp, core, host, page, problems } = app);
}, 180_000);

afterAll(() => app?.close());

describe('merge and split products in Chromium', () => {
  it('imports photos picked with Open… (the file picker in the browser)', async () => {
    await page.goto(host.pageUrl);
    await page.getByRole('button', { name: 'Continue without a model for now' }).click();
    const { photos, corruptName } = await makeShopPhotos();
    const files = writePhotos(path.join(tmp, 'picked'), photos.filter((p) => p.name !== corruptName));
    await page.getByTestId('photo-picker').setInputFiles(files);
    await expect.poll(() => page.locator('.import-report').textContent(), { timeout: 60_000 }).toBe('Imported 4 photos into 4 products.');
    await expect.poll(() => page.locator('.product-card').count()).toBe(4);
  }, 90_000);

  it('dragging one card onto another merges them into one product with both photos', async () => {
    const [a, b] = ids();
    await cardFor(b!).dragTo(cardFor(a!));
    await expect.poll(() => page.locator('.product-card').count()).toBe(3);
    expect(ids()).not.toContain(b);
    expect(photoCounts()).toEqual([2, 1, 1]);
    await expect.poll(() => page.locator('.library-notice').textContent()).toBe('Merged 2 products into one.');
    await saveScreenshot(page, 'merge-01-dragged');
  });

  it('dragging a photo onto the split target makes it a product of its own', async () => {
    const [a] = ids();
    await cardFor(a!).click();
    const photosInEditor = page.getByRole('list', { name: 'Photos' }).getByRole('img');
    await expect.poll(() => photosInEditor.count()).toBe(2);
    await photosInEditor.nth(1).dragTo(page.getByText('Drag a photo here to make it a separate product'));
    await expect.poll(() => page.locator('.product-card').count()).toBe(4);
    await expect.poll(() => photosInEditor.count()).toBe(1);
    expect(photoCounts()).toEqual([1, 1, 1, 1]);
    await saveScreenshot(page, 'merge-02-split');
  });

  it('shift-click selects a range and Merge selected joins them', async () => {
    const all = ids();
    await cardFor(all[0]!).click();
    await cardFor(all[2]!).click({ modifiers: ['Shift'] });
    expect(await page.locator('.product-card[aria-pressed="true"]').count()).toBe(3);
    await page.getByRole('button', { name: 'Merge selected' }).click();
    await expect.poll(() => page.locator('.product-card').count()).toBe(2);
    expect(photoCounts()).toEqual([3, 1]);
    await saveScreenshot(page, 'merge-03-merged-selection');
  });

  it('imports a whole folder by its path: nested photos become products, other files are skipped quietly', async () => {
    const folder = path.join(tmp, 'shop-folder');
    const photos = await makeProductPhotos(3);
    writePhotos(path.join(folder, 'kitchen'), photos.slice(0, 2));
    writePhotos(path.join(folder, 'textiles', 'winter'), photos.slice(2));
    fs.writeFileSync(path.join(folder, 'price-list.txt'), 'oak bowl 24.00');
    fs.writeFileSync(path.join(folder, '.DS_Store'), 'x');
    const before = await page.locator('.product-card').count();

    await page.getByText('Import from a folder path').click();
    await page.getByLabel('Folder or file paths, one per line').fill(folder);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('.import-report').textContent(), { timeout: 60_000 }).toBe('Imported 3 photos into 3 products.');
    await expect.poll(() => page.locator('.product-card').count()).toBe(before + 3);
    await saveScreenshot(page, 'merge-04-folder-imported');
  }, 90_000);

  it('Delete… asks first; Keep deletes nothing, Delete removes the product, its rows and its image files', async () => {
    const victim = ids().at(-1)!;
    const files = (core.db.prepare('SELECT sha256 FROM photos WHERE product_id = ?').pluck().all(victim) as string[]).map((sha) => path.join(core.libraryDir, 'thumbs', `${sha}.webp`));
    expect(files.length).toBeGreaterThan(0);
    const before = ids().length;
    await cardFor(victim).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete products' });
    expect(await confirm.textContent()).toContain('Delete this product with its photos, drafts and history? This cannot be undone.');
    await saveScreenshot(page, 'merge-05-confirm-delete');
    await confirm.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(ids()).toContain(victim);

    await page.getByRole('button', { name: 'Delete…' }).click();
    await confirm.getByRole('button', { name: 'Delete product' }).click();
    await expect.poll(() => page.locator('.library-notice').textContent()).toBe('Deleted 1 product.');
    await expect.poll(() => cardFor(victim).count()).toBe(0);
    expect(ids()).toHaveLength(before - 1);
    for (const file of files) expect(fs.existsSync(file), file).toBe(false);
    expect(problems).toEqual([]);
  }, 60_000);
});
