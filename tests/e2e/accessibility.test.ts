import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { seriousAxeFindings, type AxeFinding } from './helpers/axe';
import { saveScreenshot } from './helpers/screenshots';
import { seedProducts } from './helpers/seed-products';

/**
 * WCAG 2.2 AA by axe-core on every screen, in both themes, at 1366×768 and at 200 % zoom (the
 * same CSS viewport a 1366×768 window has at 200 %: 683×384), with zero serious or critical
 * findings. Screenshots of each combination go to tests/.artifacts/e2e/a11y-*.png.
 */
let app: BrowserApp;
let firstRun: BrowserApp;
let page: Page;
/** The product given variants, whose editor the 'variants' screen opens. */
let variantsProductId: number;

const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: 'zoom200', width: 683, height: 384 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Each screen: how to reach it from the page as the previous screen left it. */
const SCREENS: { name: string; firstRun?: boolean; open: (p: Page) => Promise<void> }[] = [
  {
    // First run: a library with no products and no engine opens on setup.
    name: 'setup',
    firstRun: true,
    open: async (p) => {
      // A reload, not goto: the page URL differs only in its fragment, which would not reload it.
      if (p.url() === 'about:blank') await p.goto(firstRun.host.pageUrl);
      else await p.reload();
      await p.getByRole('heading', { name: 'How should Listing Studio write your listings?' }).waitFor();
    },
  },
  {
    name: 'library-empty',
    firstRun: true,
    open: async (p) => {
      await p.getByRole('button', { name: 'Continue without a model for now' }).click();
      await p.getByRole('region', { name: 'Import photos' }).waitFor();
    },
  },
  {
    name: 'settings',
    open: async (p) => {
      if (p.url() === 'about:blank') await p.goto(app.host.pageUrl);
      else await p.reload();
      await p.getByRole('button', { name: 'Settings', exact: true }).click();
      await p.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
    },
  },
  {
    name: 'library',
    open: async (p) => {
      await p.reload();
      await p.locator('.product-card').first().waitFor();
    },
  },
  {
    name: 'editor',
    open: async (p) => {
      await p.locator('.product-card').first().click();
      await p.getByLabel(/^Description/).waitFor();
    },
  },
  {
    name: 'history',
    open: async (p) => {
      const history = p.locator('details.revisions');
      if (!(await history.evaluate((d) => (d as HTMLDetailsElement).open))) await history.locator('summary').click();
      await p.getByRole('list', { name: 'Saved versions, newest first' }).scrollIntoViewIfNeeded();
    },
  },
  {
    // The second product has variants (seeded below): its editor with the Variants table in view.
    name: 'variants',
    open: async (p) => {
      await p.locator(`.product-card[data-product-id="${variantsProductId}"]`).click();
      const table = p.getByRole('region', { name: 'Variants table' });
      await table.waitFor();
      await table.scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'export',
    open: async (p) => {
      await p.getByRole('button', { name: /^Export/ }).first().click();
      await p.getByRole('dialog').waitFor();
    },
  },
];

beforeAll(async () => {
  app = await startBrowserApp('a11y', async (c) => {
    await seedProducts(c.db, c.libraryDir, 40);
    seedVariants(c.db);
  });
  page = app.page;
  firstRun = await startBrowserApp('a11y-first-run');
}, 180_000);

afterAll(async () => {
  await app?.close();
  await firstRun?.close();
});

/**
 * Gives the second product three colour variants, as "Make variants of one product" would, so the
 * Variants table is checked on every pass.
 */
function seedVariants(db: BrowserApp['core']['db']) {
  const productId = db.prepare('SELECT id FROM products ORDER BY id LIMIT 1 OFFSET 1').pluck().get() as number;
  variantsProductId = productId;
  const now = new Date().toISOString();
  db.prepare(`UPDATE products SET option_names = '["Color"]' WHERE id = ?`).run(productId);
  const add = db.prepare('INSERT INTO variants (product_id, position, option_values, value_sources, sku, price, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const variantIds = [
    ['Red', 'measured', 'SKU-R', null],
    ['Navy', 'name', 'SKU-N', '21.00'],
    ['Sage green', 'owner', null, null],
  ].map(([value, source, sku, price], i) => Number(add.run(productId, i, JSON.stringify([value]), JSON.stringify([source]), sku, price, now, now).lastInsertRowid));
  db.prepare('UPDATE photos SET variant_id = ? WHERE product_id = ?').run(variantIds[0], productId);
}

/** The page a screen is on: the first-run library's, or the one with products. */
const pageFor = (screen: (typeof SCREENS)[number]) => (screen.firstRun ? firstRun.page : page);

async function prepare(p: Page, theme: 'light' | 'dark', width: number, height: number) {
  await p.emulateMedia({ colorScheme: theme });
  await p.setViewportSize({ width, height });
}

/** How far the page scrolls sideways: zero when it reflows. */
const sidewaysOverflow = (p: Page) => p.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('reflows at 320 CSS px wide: no sideways scrolling on setup, settings, the library or the editor (with its Variants table)', async () => {
    const overflow: Record<string, number> = {};
    for (const screen of SCREENS.filter((s) => ['setup', 'settings', 'library', 'editor', 'variants'].includes(s.name))) {
      const p = pageFor(screen);
      await prepare(p, 'light', 320, 640);
      await screen.open(p);
      await saveScreenshot(p, `a11y-reflow-320-${screen.name}`);
      overflow[screen.name] = await sidewaysOverflow(p);
    }
    expect(overflow).toEqual({ setup: 0, settings: 0, library: 0, editor: 0, variants: 0 });
  }, 120_000);

  for (const theme of THEMES) {
    for (const size of SIZES) {
      it(`has no serious or critical findings on any screen: ${theme}, ${size.name}`, async () => {
        const found: Record<string, AxeFinding[]> = {};
        for (const screen of SCREENS) {
          const p = pageFor(screen);
          await prepare(p, theme, size.width, size.height);
          await screen.open(p);
          await saveScreenshot(p, `a11y-${screen.name}-${theme}-${size.name}`);
          const findings = await seriousAxeFindings(p);
          if (findings.length) found[screen.name] = findings;
        }
        expect(found).toEqual({});
      }, 120_000);
    }
  }
});
