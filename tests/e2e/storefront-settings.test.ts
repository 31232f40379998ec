import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { readDraft } from '../../electron/drafts/read-draft';
import { readShopProfile } from '../../electron/shop/shop-profile-store';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { seedProducts } from './helpers/seed-products';

/** The editor's Google category picker and condition, and the shop profile in the export dialog, in Chromium. */
let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let productId: number;

beforeAll(async () => {
  app = await startBrowserApp('storefront', async (c) => {
    await seedProducts(c.db, c.libraryDir, 2);
    productId = (c.db.prepare('SELECT min(id) AS id FROM products').get() as { id: number }).id;
    c.db.prepare("UPDATE drafts SET title = 'Stoneware Coffee Mug', status = 'approved', price = '18.50' WHERE product_id = ?").run(productId);
  });
  ({ core, host, page } = app);
}, 180_000);
afterAll(() => app?.close());

describe('storefront settings in Chromium', () => {
  it('the editor suggests Google categories for the product, searches the taxonomy and saves the chosen id', async () => {
    await page.goto(host.pageUrl);
    const card = page.locator(`.product-card[data-product-id="${productId}"]`);
    await card.waitFor({ timeout: 30_000 });
    await card.click();
    const suggested = page.getByRole('list', { name: 'Suggested categories' }).getByRole('button');
    await expect.poll(() => suggested.allTextContents(), { timeout: 20_000 }).toContain('Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs');
    await page.getByLabel('Search Google product categories').fill('drinkware mug');
    const found = page.getByRole('list', { name: 'Matching categories' }).getByRole('button', { name: 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs' });
    await found.click();
    await page.getByLabel('Condition').selectOption('used');
    await expect.poll(() => readDraft(core.db, productId).attributes, { timeout: 20_000 }).toMatchObject({ googleProductCategory: '2169', condition: 'used' });
    await saveScreenshot(page, 'storefront-01-category-picker');
  }, 60_000);

  it('the export dialog saves the shop address and default condition Google needs into the shop profile', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export listings' });
    await dialog.getByLabel(/^Storefront/).selectOption('google');
    await dialog.getByLabel('Product pages are on').selectOption('woocommerce');
    await dialog.getByLabel('Shop address').fill('https://woo.example.com');
    await dialog.getByLabel(/Default condition/).selectOption('new');
    await dialog.getByRole('button', { name: 'Save to shop profile' }).click();
    await expect.poll(() => readShopProfile(core.db)).toMatchObject({ platforms: ['woocommerce'], storefronts: { woocommerce: { shopUrl: 'https://woo.example.com' } }, defaultCondition: 'new' });
    await saveScreenshot(page, 'storefront-02-shop-profile');
  }, 60_000);

  it('the pre-flight report says which drafts were left out, and the status choice takes them', async () => {
    const dialog = page.getByRole('dialog', { name: 'Export listings' });
    await dialog.getByRole('button', { name: 'Check listings' }).click();
    await expect.poll(() => dialog.locator('.lint-left-out').textContent()).toBe('Not included: 1 status draft.');
    await expect.poll(() => dialog.locator('.lint-report [role="status"]').textContent()).toMatch(/^Checked 1 product/);
    await dialog.getByLabel('Drafts with status').selectOption('all');
    await dialog.getByRole('button', { name: 'Check listings' }).click();
    await expect.poll(() => dialog.locator('.lint-report [role="status"]').textContent()).toMatch(/^Checked 2 products/);
    await saveScreenshot(page, 'storefront-03-left-out');
  }, 60_000);
});
