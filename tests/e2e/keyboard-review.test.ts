import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateDraft } from '../../electron/drafts/update-draft';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { seedProducts } from './helpers/seed-products';

/** Reviewing a batch with the keyboard alone, and a grid that follows every change to a draft. */
let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp('keyboard', async (c) => seedProducts(c.db, c.libraryDir, 20));
  page = app.page;
  await page.goto(app.host.pageUrl);
  await page.locator('.product-card').first().waitFor();
}, 180_000);

afterAll(() => app?.close());

const activeProductId = (p: Page) => p.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.productId ?? NaN));
const titleField = () => page.getByRole('region', { name: 'Listing editor' }).getByLabel(/^Title/);
const titleOf = (id: number) => app.core.db.prepare('SELECT title FROM drafts WHERE product_id = ?').pluck().get(id) as string;
const ids = () => (app.core.db.prepare('SELECT id FROM products ORDER BY id').pluck().all() as number[]);

describe('keyboard-only review of 20 products', () => {
  it('reaches the grid with Tab as one stop and moves between cards with the arrow keys', async () => {
    let tabs = 0;
    while (Number.isNaN(await activeProductId(page)) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    const [first, second] = ids();
    expect(await activeProductId(page)).toBe(first);
    // One Tab stop: the next Tab leaves the grid instead of walking 20 cards.
    await page.keyboard.press('Tab');
    expect(Number.isNaN(await activeProductId(page))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await activeProductId(page)).toBe(first);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => activeProductId(page)).toBe(second);
    await expect.poll(() => titleField().inputValue()).toBe(titleOf(second!));
    await page.keyboard.press('End');
    await expect.poll(() => activeProductId(page)).toBe(ids().at(-1));
    await page.keyboard.press('Home');
    await expect.poll(() => activeProductId(page)).toBe(first);
    await expect.poll(() => titleField().inputValue()).toBe(titleOf(first!));
    // The review bar's Next and Previous do what Alt+↓ and Alt+↑ do.
    await page.getByRole('toolbar', { name: 'Listing actions' }).getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => titleField().inputValue()).toBe(titleOf(second!));
    await page.getByRole('toolbar', { name: 'Listing actions' }).getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => titleField().inputValue()).toBe(titleOf(first!));
    await page.locator(`.product-card[data-product-id="${first}"]`).focus();
    await saveScreenshot(page, 'keyboard-01-grid-focus');
  });

  it('approves all 20 with Ctrl+Enter, each moving on to the next (a flagged one asks once: Ctrl+Enter again approves it)', async () => {
    const question = page.getByRole('alertdialog', { name: 'Approve with flags' });
    for (let i = 0; i < 20; i++) {
      const title = await titleField().inputValue();
      const flagged = app.core.db.prepare("SELECT json_array_length(flags) FROM drafts WHERE title = ?").pluck().get(title) as number;
      await page.keyboard.press('Control+Enter');
      if (flagged > 0) {
        await question.waitFor();
        await page.keyboard.press('Control+Enter');
      }
      if (i < 19) await expect.poll(() => titleField().inputValue()).not.toBe(title);
    }
    await expect
      .poll(() => app.core.db.prepare("SELECT count(*) FROM drafts WHERE status = 'approved'").pluck().get())
      .toBe(20);
    await saveScreenshot(page, 'keyboard-02-all-approved');
  });

  it('Esc closes the keyboard shortcuts list', async () => {
    await page.getByText('Keyboard shortcuts').click();
    await expect.poll(() => page.locator('details.shortcuts').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('details.shortcuts').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });
});

describe('room to review', () => {
  it('shows at least 15 whole cards at 1366×768 with the editor open, with small cards and the slim drop zone', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByLabel('Card size').selectOption('small');
    await page.locator('.product-card').first().click();
    const whole = () =>
      page.evaluate(() => {
        const box = document.querySelector('.grid-scroller')!.getBoundingClientRect();
        return [...document.querySelectorAll('.product-card')].filter((c) => {
          const r = c.getBoundingClientRect();
          return r.top >= box.top && r.bottom <= Math.min(box.bottom, innerHeight) && r.left >= box.left && r.right <= box.right;
        }).length;
      });
    await expect.poll(whole).toBeGreaterThanOrEqual(15);
    await saveScreenshot(page, 'keyboard-04-small-cards-1366');
    // The choice survives a restart of the window.
    await page.reload();
    await expect.poll(() => page.getByLabel('Card size').inputValue()).toBe('small');
    await page.getByLabel('Card size').selectOption('medium');
  });
});

describe('the grid follows the database', () => {
  it('shows the restored title on the card after a revision is restored', async () => {
    const id = ids()[2]!;
    const before = 'Renamed bowl';
    const { revision } = updateDraft(app.core.db, id, { title: before }, { source: 'edit' });
    updateDraft(app.core.db, id, { title: 'Renamed again' }, { source: 'edit' });
    await page.reload();
    const card = page.locator(`.product-card[data-product-id="${id}"]`);
    await expect.poll(() => card.locator('.product-title').textContent()).toBe('Renamed again');
    await card.click();
    await page.locator('details.revisions summary').click();
    await page.getByRole('button', { name: `Restore revision ${revision}` }).click();
    await expect.poll(() => titleField().inputValue()).toBe(before);
    await expect.poll(() => card.locator('.product-title').textContent()).toBe(before);
    await saveScreenshot(page, 'keyboard-03-restored-card');
    expect(app.problems).toEqual([]);
  });
});

describe('messages that lead', () => {
  it('a regenerate with no engine says so in words and offers the button that fixes it', async () => {
    await page.locator('.product-card').first().click();
    const bar = page.getByRole('toolbar', { name: 'Listing actions' });
    await bar.getByLabel('What to regenerate').selectOption('title');
    await bar.getByRole('button', { name: 'Regenerate' }).click();
    const alert = page.getByRole('region', { name: 'Listing editor' }).getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^No local model is running\. Start one in Settings/);
    await saveScreenshot(page, 'keyboard-05-no-engine-message');
    await alert.getByRole('button', { name: 'Open Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
  });
});
