import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDraft } from '../../electron/drafts/read-draft';
import { saveGeneratedDraft } from '../../electron/drafts/save-generated-draft';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { seedProducts } from './helpers/seed-products';

/**
 * What the model saw and the owner's word on a claim, in Chromium over the real core: the editor
 * shows the observation and each attribute's source, and "confirm" clears a flagged brand.
 */
let app: BrowserApp;
let page: Page;
let id: number;

beforeAll(async () => {
  app = await startBrowserApp('observed', async (c) => {
    await seedProducts(c.db, c.libraryDir, 1);
    id = c.db.prepare('SELECT id FROM products ORDER BY id').pluck().get() as number;
    saveGeneratedDraft(
      c.db,
      id,
      { title: 'Nike mug', description: 'A mug.', attributes: { brand: 'Nike', material: 'ceramic' } },
      [{ code: 'unverified_claim', field: 'title', words: ['Nike'], reason: 'The title states the brand Nike, which no text read off the photos shows. Confirm it if true, or take it out.' }],
      { object: 'mug', colours: ['blue'], materials: ['ceramic'], visibleText: ['NIKE'], claimedBrand: 'Nike' },
    );
  });
  page = app.page;
  await page.goto(app.host.pageUrl);
  await page.locator(`.product-card[data-product-id="${id}"]`).click();
}, 180_000);

afterAll(() => app?.close());

describe('observed facts in the editor', () => {
  it('shows what the model saw and where each attribute comes from', async () => {
    const editor = page.getByRole('region', { name: 'Listing editor' });
    const seen = editor.getByRole('list', { name: 'What the model saw' });
    await expect.poll(() => seen.textContent()).toContain('Colours: blue');
    expect(await seen.textContent()).toContain('Text on the product: “NIKE”');
    const sources = editor.getByRole('table', { name: 'Where each attribute comes from' });
    await expect.poll(() => sources.textContent()).toContain('BrandUnconfirmed: check it');
    expect(await sources.textContent()).toContain('MaterialSeen by the model');
    expect(await sources.textContent()).toContain('ConditionNot set: the shop default applies');
    await saveScreenshot(page, 'observed-01-what-the-model-saw');
  });

  it("confirming the brand records the owner's word as a revision and clears its flag", async () => {
    const editor = page.getByRole('region', { name: 'Listing editor' });
    await editor.getByRole('button', { name: 'It’s true: confirm Nike' }).click();
    await expect.poll(() => readDraft(app.core.db, id).confirmed).toEqual(['brand:nike']);
    expect(readDraft(app.core.db, id).flags).toEqual([]);
    await expect.poll(() => editor.getByRole('table', { name: 'Where each attribute comes from' }).textContent()).toContain('BrandYours');
    expect(await editor.getByRole('button', { name: /confirm Nike/ }).count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
