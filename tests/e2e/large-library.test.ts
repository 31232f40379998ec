import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { seedProducts, type SeededLibrary } from './helpers/seed-products';

/** The grid with 10,000 products: windowed, scrollable to the end, filterable and searchable. */
let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];
let seeded: SeededLibrary;

beforeAll(async () => {
  app = await startBrowserApp('large', async (c) => (seeded = await seedProducts(c.db, c.libraryDir, 10_000)));
  ({ core, host, page, problems } = app);
}, 180_000);

afterAll(() => app?.close());

const cards = () => page.locator('.product-card');

describe('a 10,000-product library in Chromium', () => {
  it('opens straight to the library and draws only the cards in view', async () => {
    await page.goto(host.pageUrl);
    await expect.poll(() => page.getByTestId('product-count').textContent(), { timeout: 30_000 }).toBe('10000 products');
    await expect.poll(() => cards().count()).toBeGreaterThan(4);
    expect(await cards().count()).toBeLessThan(120);
    await saveScreenshot(page, 'large-01-top');
  });

  it('scrolls to the last product and still keeps the DOM small', async () => {
    const lastId = (core.db.prepare('SELECT max(id) AS id FROM products').get() as { id: number }).id;
    await page.locator('.grid-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.locator(`.product-card[data-product-id="${lastId}"]`).isVisible()).toBe(true);
    expect(await cards().count()).toBeLessThan(120);
    await expect.poll(() => page.locator(`.product-card[data-product-id="${lastId}"] img`).evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(256);
    await saveScreenshot(page, 'large-02-bottom');
  });

  it('filters by status and searches by title', async () => {
    await page.getByLabel('Show products with status').selectOption('flagged');
    await expect.poll(() => page.locator('.library-toolbar .count').textContent()).toBe(`${seeded.flaggedCount} shown`);
    await page.getByLabel('Show products with status').selectOption('all');
    await page.getByLabel('Search products by title or SKU').fill('Ember');
    await expect.poll(() => page.locator('.library-toolbar .count').textContent()).toBe(`${seeded.emberCount} shown`);
    expect(await cards().first().textContent()).toContain('Ember glazed mug');
    await saveScreenshot(page, 'large-03-search');
    expect(problems).toEqual([]);
  });
});
