import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readShopProfile } from '../../electron/shop/shop-profile-store';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { seedProducts } from './helpers/seed-products';

/**
 * The shop profile set once in Settings, then the same approved products exported to Google and
 * then to Shopify from the app: both files have every product's row (an export to one storefront
 * no longer empties the next one).
 */
let app: BrowserApp;
let page: Page;
let ids: number[];

beforeAll(async () => {
  app = await startBrowserApp('shop-profile', async (c) => {
    await seedProducts(c.db, c.libraryDir, 3);
    ids = c.db.prepare('SELECT id FROM products ORDER BY id').pluck().all() as number[];
    // Complete products: approved, priced, each with its Google category (the editor's picker is tested elsewhere).
    c.db.prepare(`UPDATE drafts SET status = 'approved', price = '18.50', flags = '[]', attributes = json_object('googleProductCategory', '2169')`).run();
  });
  page = app.page;
}, 180_000);
afterAll(() => app?.close());

async function exportTo(target: string, fileName: string): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export listings' });
  await dialog.getByLabel(/^Storefront/).selectOption(target);
  await dialog.getByLabel(/^Image base URL/).fill('https://cdn.example.com/products');
  await dialog.getByRole('button', { name: 'Check listings' }).click();
  await expect.poll(() => dialog.locator('.lint-report [role="status"]').textContent()).toMatch(/^Checked 3 products/);
  const file = (await dialog.getByLabel('Export file path').inputValue()).replace(/[^/\\]+$/, fileName);
  await dialog.getByLabel('Export file path').fill(file);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(() => dialog.locator('.export-result').textContent(), { timeout: 30_000 }).toMatch(/^Wrote \d+ rows? for 3 products/);
  await saveScreenshot(page, `shop-profile-export-${target}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return file;
}

describe('shop profile and exports to two storefronts', () => {
  it('saves the shop profile from the Settings screen', async () => {
    await page.goto(app.host.pageUrl);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const section = page.getByRole('region', { name: 'Shop profile' });
    await section.getByLabel('Where your product pages are').selectOption('woocommerce');
    await section.getByLabel('Shop address').fill('https://woo.example.com');
    await section.getByLabel('Default condition').selectOption('new');
    await section.getByLabel('Currency').fill('EUR');
    await section.getByRole('button', { name: 'Save shop profile' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toMatch(/^Shop profile saved/);
    expect(readShopProfile(app.core.db)).toMatchObject({ platforms: ['woocommerce'], storefronts: { woocommerce: { shopUrl: 'https://woo.example.com' } }, defaultCondition: 'new', currency: 'EUR' });
    await saveScreenshot(page, 'shop-profile-settings');
    // A value the profile refuses is named, and nothing is saved.
    await section.getByLabel('eBay category ID').fill('12a');
    await section.getByRole('button', { name: 'Save shop profile' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toMatch(/eBay category ID is digits only/);
    expect(readShopProfile(app.core.db).ebay.categoryId).toBeUndefined();
    await section.getByLabel('eBay category ID').fill('');
    await page.getByRole('button', { name: 'Back to the library' }).click();
  });

  it('exports the same approved products to Google, then to Shopify, with rows in both', async () => {
    const googleFile = await exportTo('google', 'google-feed.txt');
    const feed = parse(fs.readFileSync(googleFile, 'utf8'), { delimiter: '\t', columns: true, relax_quotes: true }) as Record<string, string>[];
    expect(feed).toHaveLength(3);
    for (const row of feed) {
      // The profile's WooCommerce pattern, currency and default condition reach every row.
      expect(row.link).toMatch(/^https:\/\/woo\.example\.com\/product\/[a-z0-9-]+$/);
      expect(row.price).toBe('18.50 EUR');
      expect(row.condition).toBe('new');
      expect(row.google_product_category).toBe('2169');
    }
    const shopifyFile = await exportTo('shopify', 'shopify-products.csv');
    const products = (parse(fs.readFileSync(shopifyFile, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).filter((r) => r.Title);
    expect(products).toHaveLength(3);
    expect(new Set(products.map((r) => r.SKU))).toEqual(new Set(ids.map((id) => app.core.db.prepare('SELECT sku FROM drafts WHERE product_id = ?').pluck().get(id))));
    expect(app.problems).toEqual([]);
  });
});
