import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { updateDraft } from '../../electron/drafts/update-draft';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { makeProductPhotos, makeShopPhotos, writePhotos } from './helpers/shop-photos';

/**
 * Fixing the automatic grouping by hand: Open… in the browser, merge by drag (confirmed, then
 * undone and done again) and by selection, split by drag; Delete to the Trash, Restore, Empty Trash.
 */
let tmp: string;
let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];

const photoCounts = () =>
  (core.db.prepare('SELECT count(*) AS n FROM photos GROUP BY product_id ORDER BY product_id').all() as { n: number }[]).map((r) => r.n);
const cardFor = (id: number) => page.locator(`.product-card[data-product-id="${id}"]`);
/** The products in the library: not in the Trash, not merged into another. */
const ids = () => (core.db.prepare('SELECT id FROM products WHERE deleted_at IS NULL AND merge_id IS NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id);
const noticeText = () => page.locator('.library-notice > span').textContent();

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

  it('dragging one card onto another asks first, saying what becomes of each draft; Cancel merges nothing', async () => {
    const [a, b] = ids();
    updateDraft(core.db, b!, { title: 'Linen napkin, folded' }, { source: 'edit' });
    await cardFor(b!).dragTo(cardFor(a!));
    const confirm = page.getByRole('alertdialog', { name: 'Merge products' });
    const drafts = confirm.getByRole('list', { name: 'What happens to each draft' }).getByRole('listitem');
    await expect.poll(() => drafts.allTextContents()).toEqual([
      // Named by its photo's file-name stem, as its card names it.
      `${(await cardFor(a!).locator('.product-title').textContent())!} (new, never edited): empty; replaced by the listing below`,
      "Linen napkin, folded (draft, 1 saved version): becomes the merged product's listing (the other one is empty)",
    ]);
    await saveScreenshot(page, 'merge-01-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(photoCounts()).toEqual([1, 1, 1, 1]);
  });

  it('Merge merges them into one product with both photos; Undo in the notice puts both back exactly', async () => {
    const [a, b] = ids();
    // Opening a product in the editor gives it an empty draft row if it has none; that is the editor's doing, not the merge's.
    const rowsOf = () =>
      JSON.stringify(['products', 'photos', 'drafts WHERE revision > 0', 'revisions'].map((t) => core.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
    const before = rowsOf();
    await cardFor(b!).dragTo(cardFor(a!));
    await page.getByRole('alertdialog', { name: 'Merge products' }).getByRole('button', { name: 'Merge 2 products' }).click();
    await expect.poll(() => page.locator('.product-card').count()).toBe(3);
    expect(ids()).not.toContain(b);
    expect(photoCounts()).toEqual([2, 1, 1]);
    await expect.poll(noticeText).toBe('Merged 2 products into one.');
    await expect.poll(() => page.locator('.product-card .product-title').first().textContent()).toBe('Linen napkin, folded');
    await saveScreenshot(page, 'merge-02-merged-with-undo');

    await page.locator('.library-notice').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.product-card').count()).toBe(4);
    await expect.poll(noticeText).toBe('Merge undone: 2 products are back as they were.');
    expect(rowsOf()).toBe(before);

    await cardFor(b!).dragTo(cardFor(a!));
    await page.getByRole('alertdialog', { name: 'Merge products' }).getByRole('button', { name: 'Merge 2 products' }).click();
    await expect.poll(() => page.locator('.product-card').count()).toBe(3);
    expect(photoCounts()).toEqual([2, 1, 1]);
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
    await page.getByRole('alertdialog', { name: 'Merge products' }).getByRole('button', { name: 'Merge 3 products' }).click();
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

  it('Delete… asks first; Keep moves nothing, Delete moves the product to the Trash with its files kept', async () => {
    const victim = ids().at(-1)!;
    const files = (core.db.prepare('SELECT sha256 FROM photos WHERE product_id = ?').pluck().all(victim) as string[]).map((sha) => path.join(core.libraryDir, 'thumbs', `${sha}.webp`));
    expect(files.length).toBeGreaterThan(0);
    const before = ids().length;
    await cardFor(victim).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete products' });
    expect(await confirm.textContent()).toContain('Move this product with its photos, drafts and history to the Trash? You can restore them from the Trash for 30 days.');
    await saveScreenshot(page, 'merge-05-confirm-delete');
    await confirm.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(ids()).toContain(victim);

    await page.getByRole('button', { name: 'Delete…' }).click();
    await confirm.getByRole('button', { name: 'Move product to Trash' }).click();
    await expect.poll(noticeText).toBe('Moved 1 product to the Trash.');
    await expect.poll(() => cardFor(victim).count()).toBe(0);
    expect(ids()).toHaveLength(before - 1);
    for (const file of files) expect(fs.existsSync(file), file).toBe(true);
  }, 60_000);

  it('the Trash view shows it; Restore brings it back to the library as it was', async () => {
    const victim = (core.db.prepare('SELECT id FROM products WHERE deleted_at IS NOT NULL').pluck().all() as number[])[0]!;
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await expect.poll(() => page.locator('.product-card').count()).toBe(1);
    expect(await page.getByTestId('product-count').textContent()).toBe('1 product in the Trash');
    await cardFor(victim).click();
    await saveScreenshot(page, 'merge-06-trash');
    await page.getByRole('toolbar', { name: 'Trash' }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(noticeText).toBe('Restored 1 product to the library.');
    await expect.poll(() => page.locator('.product-card').count()).toBe(0);
    expect(await page.locator('.grid-scroller .empty').textContent()).toBe('The Trash is empty.');
    await page.getByRole('button', { name: 'Back to library' }).click();
    await expect.poll(() => cardFor(victim).count()).toBe(1);
    expect(ids()).toContain(victim);
  }, 60_000);

  it('Empty Trash asks, then deletes the trashed product for good with its image files', async () => {
    const victim = ids().at(-1)!;
    const files = (core.db.prepare('SELECT sha256 FROM photos WHERE product_id = ?').pluck().all(victim) as string[]).map((sha) => path.join(core.libraryDir, 'thumbs', `${sha}.webp`));
    await cardFor(victim).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog', { name: 'Delete products' }).getByRole('button', { name: 'Move product to Trash' }).click();
    await expect.poll(() => cardFor(victim).count()).toBe(0);
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await expect.poll(() => cardFor(victim).count()).toBe(1);
    await page.getByRole('button', { name: 'Empty Trash…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Empty Trash' });
    expect(await confirm.textContent()).toContain('This cannot be undone.');
    await confirm.getByRole('button', { name: 'Empty Trash' }).click();
    await expect.poll(noticeText).toBe('Deleted 1 product for good.');
    await expect.poll(() => page.locator('.product-card').count()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM products WHERE id = ?').pluck().get(victim)).toBe(0);
    for (const file of files) expect(fs.existsSync(file), file).toBe(false);
    expect(problems).toEqual([]);
  }, 60_000);
});
