import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './helpers/axe';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { seedProducts } from './helpers/seed-products';

/**
 * An export path the app refuses (inside the library, a folder that does not exist) shows the
 * message with the button that fixes it. In the browser host there is no Save dialog: "Choose a
 * folder…" puts the cursor in the path field with its folder part selected, so typing another
 * folder keeps the file name; the export then writes there.
 */
let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp('export-path-errors', async (c) => {
    await seedProducts(c.db, c.libraryDir, 2);
    c.db.prepare(`UPDATE drafts SET status = 'approved', price = '12.00', flags = '[]'`).run();
  });
  page = app.page;
}, 180_000);
afterAll(() => app?.close());

describe('export path errors', () => {
  it('offers "Choose a folder…" beside a refused path, and the folder typed next receives the file', async () => {
    await page.goto(app.host.pageUrl);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export listings' });
    await dialog.getByRole('button', { name: 'Check listings' }).click();
    await expect.poll(() => dialog.locator('.lint-report [role="status"]').textContent()).toMatch(/^Checked 2 products/);
    const field = dialog.getByLabel('Export file path');

    // Inside the library (beside its photos): refused, with the chooser beside the message.
    const inLibrary = path.join(app.core.libraryDir, 'listings.csv');
    await field.fill(inLibrary);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/is inside the library folder .* Save the export somewhere else/);
    await expect.poll(() => alert.getByRole('button', { name: 'Choose a folder…' }).count()).toBe(1);
    await saveScreenshot(page, 'export-path-error-library');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // A folder that does not exist: the same button.
    const missing = path.join(app.tmp, 'no-such-folder', 'listings.csv');
    await field.fill(missing);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => alert.textContent()).toMatch(/^The folder .*no-such-folder does not exist\. Choose another place to save the export\./);
    await alert.getByRole('button', { name: 'Choose a folder…' }).click();

    // The path field has the cursor, its folder part selected: typing replaces the folder, the file name stays.
    const selection = await field.evaluate((el: HTMLInputElement) => ({ focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd, value: el.value }));
    expect(selection).toEqual({ focused: true, start: 0, end: missing.length - 'listings.csv'.length, value: missing });
    const shelf = path.join(app.tmp, 'shelf');
    fs.mkdirSync(shelf);
    await page.keyboard.type(`${shelf}${path.sep}`);
    expect(await field.inputValue()).toBe(path.join(shelf, 'listings.csv'));

    // The owner already has a listings.csv of their own there: the typed path asks nothing, so the
    // export keeps that file beside the new one and says so.
    fs.writeFileSync(path.join(shelf, 'listings.csv'), 'my own price list\n');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => dialog.locator('.export-result').textContent(), { timeout: 30_000 }).toMatch(/^Wrote \d+ rows? for 2 products/);
    const kept = fs.readdirSync(shelf).filter((f) => f.endsWith('.csv') && f !== 'listings.csv');
    expect(kept).toEqual([expect.stringMatching(/^listings \(earlier \d{4}-\d\d-\d\d \d\d\.\d\d\)\.csv$/)]);
    expect(fs.readFileSync(path.join(shelf, kept[0]!), 'utf8')).toBe('my own price list\n');
    expect(await dialog.locator('.export-result').textContent()).toContain(`The earlier listings.csv was kept as ${kept[0]}.`);
    expect(fs.readFileSync(path.join(shelf, 'listings.csv'), 'utf8')).not.toBe('my own price list\n');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    // Nothing was written where the export was refused.
    expect(fs.existsSync(inLibrary)).toBe(false);
    await saveScreenshot(page, 'export-path-error-fixed');
  });
});
