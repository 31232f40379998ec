import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { readDraft } from '../../electron/drafts/read-draft';
import { findTestLlamaServer } from '../helpers/llama-server';
import { tinyModelPair } from '../helpers/tiny-model';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { dropFiles } from './helpers/drop-files';
import { saveScreenshot } from './helpers/screenshots';
import { makeProductPhotos } from './helpers/shop-photos';

/**
 * The owner's words against the model, in Chromium over the real core and the tiny model in a
 * real llama-server: regenerating a title is one undoable step, and "Generate all" asks before it
 * touches drafts that exist, with their counts by kind. Steps in order on one library and page.
 */
const binary = findTestLlamaServer();

let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];

const productIds = () => (core.db.prepare('SELECT id FROM products ORDER BY id').all() as { id: number }[]).map((r) => r.id);
const sources = (id: number) => (core.db.prepare('SELECT source FROM revisions WHERE product_id = ? ORDER BY revision').all(id) as { source: string }[]).map((r) => r.source);
const editor = () => page.getByRole('region', { name: 'Listing editor' });
const bar = () => page.getByRole('region', { name: 'Generate listings' });
const open = async (id: number) => {
  await page.locator(`.product-card[data-product-id="${id}"]`).click();
  await editor().getByLabel(/^Title/).waitFor();
};

beforeAll(async () => {
  if (binary) process.env.LISTING_STUDIO_LLAMA_SERVER = binary;
  app = await startBrowserApp('owner-work');
  ({ core, host, page, problems } = app);
}, 180_000);

afterAll(() => app?.close());

describe.skipIf(!binary)('the owner\'s work survives generation, in Chromium (real llama-server)', () => {
  it('starts the tiny model, imports four products and writes them all without asking (nothing exists yet)', async () => {
    await page.goto(host.pageUrl);
    const tiny = tinyModelPair();
    await page.getByText('Add model files you already have', { exact: true }).click();
    await page.getByLabel('Model file (.gguf)').fill(tiny.model);
    await page.getByLabel('Vision file (mmproj .gguf)').fill(tiny.mmproj);
    await page.getByRole('button', { name: 'Add model' }).click();
    await page.getByRole('button', { name: /^Start / }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Local engine status' }).textContent(), { timeout: 90_000 }).toMatch(/Engine: Ready/);
    await page.getByRole('button', { name: 'Continue to the library' }).click();
    await dropFiles(page, page.getByRole('region', { name: 'Import photos' }), (await makeProductPhotos(6)).slice(0, 4));
    await expect.poll(() => page.locator('.product-card').count(), { timeout: 60_000 }).toBe(4);

    await bar().getByRole('button', { name: 'Generate all' }).click();
    await expect.poll(() => page.locator('.job-message').textContent(), { timeout: 240_000, interval: 500 }).toBe('Finished: 4 written.');
    expect(await page.getByRole('dialog', { name: 'Generate all' }).count()).toBe(0);
  }, 400_000);

  it('regenerating the title replaces the title the owner just typed, shows both, and Ctrl+Z brings the owner\'s back', async () => {
    const id = productIds()[0]!;
    await open(id);
    const title = editor().getByLabel(/^Title/);
    const mine = 'Hand-turned oak bowl, oiled';
    await title.fill(mine);
    // Regenerate right away: the typed title is saved first, then replaced by the model's.
    await editor().getByLabel('What to regenerate').selectOption('title');
    await editor().getByRole('button', { name: 'Regenerate', exact: true }).click();
    await expect.poll(() => sources(id).at(-1), { timeout: 60_000 }).toBe('generate');
    const generated = readDraft(core.db, id).title;
    expect(generated).not.toBe(mine);
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe(generated);
    const compare = editor().getByRole('region', { name: 'Compare with your version' });
    await expect.poll(() => compare.textContent()).toContain(`Yours: ${mine}`);
    await saveScreenshot(page, 'owner-work-01-title-regenerated');

    await title.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe(mine);
    // The owner's title is saved again, as their own edit on top of the model's.
    await expect.poll(() => readDraft(core.db, id).title, { timeout: 10_000 }).toBe(mine);
    expect(sources(id).slice(-3)).toEqual(['edit', 'generate', 'edit']);
    expect(await compare.count()).toBe(0);
    // And Redo takes the model's again: the regenerate was one step, both ways.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => title.inputValue()).toBe(generated);
    await page.keyboard.press('Control+z');
    await expect.poll(() => readDraft(core.db, id).title, { timeout: 10_000 }).toBe(mine);
  }, 120_000);

  it('Generate all asks first with counts by kind, writes only the new products by default, and rewrites approved ones only when ticked', async () => {
    const [edited, approved, described, untouched] = productIds() as [number, number, number, number];
    await open(approved);
    await editor().getByRole('button', { name: 'Approve', exact: true }).click();
    // The tiny model's text is flagged unreadable, so approving asks once.
    const anyway = editor().getByRole('button', { name: 'Approve anyway' });
    if (await anyway.isVisible().catch(() => false)) await anyway.click();
    else await anyway.click({ timeout: 5_000 }).catch(() => undefined);
    await expect.poll(() => readDraft(core.db, approved).status).toBe('approved');
    await open(described);
    await editor().getByLabel(/^Description/).fill('A slender clay vase with a matte white glaze.');
    await expect.poll(() => readDraft(core.db, described).description, { timeout: 10_000 }).toBe('A slender clay vase with a matte white glaze.');
    await dropFiles(page, page.getByRole('region', { name: 'Import photos' }), (await makeProductPhotos(6)).slice(4));
    await expect.poll(() => page.locator('.product-card').count(), { timeout: 60_000 }).toBe(6);
    const before = new Map(productIds().map((id) => [id, readDraft(core.db, id)]));

    await bar().getByRole('button', { name: 'Generate all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate all' });
    await dialog.waitFor();
    expect(await dialog.locator('#generate-all-counts').textContent()).toBe('2 to write, 1 model draft you have not changed, 2 drafts you edited, 1 approved draft.');
    for (const choice of ['Rewrite the 1 model draft you have not changed too', 'Rewrite the 2 drafts you edited too', 'Rewrite the 1 approved draft too']) {
      expect(await dialog.getByLabel(choice).isChecked()).toBe(false);
    }
    await saveScreenshot(page, 'owner-work-02-generate-all-asks');
    await dialog.getByRole('button', { name: 'Write 2 listings' }).click();
    await expect.poll(() => page.locator('.job-message').textContent(), { timeout: 240_000, interval: 500 }).toBe('Finished: 2 written.');
    for (const id of [edited, approved, described, untouched]) expect(readDraft(core.db, id)).toEqual(before.get(id));

    // Everything has a draft now: nothing is written unless the owner ticks a kind.
    await bar().getByRole('button', { name: 'Generate all' }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Nothing to write' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Rewrite the 1 approved draft too').check();
    await dialog.getByRole('button', { name: 'Write 1 listing' }).click();
    await expect.poll(() => page.locator('.job-message').textContent(), { timeout: 120_000, interval: 500 }).toBe('Finished: 1 written.');
    expect(sources(approved).at(-1)).toBe('generate');
    for (const id of [edited, described, untouched]) expect(readDraft(core.db, id)).toEqual(before.get(id));

    // The owner changes their mind: one click puts their approved version back.
    await open(approved);
    await editor().locator('details.revisions > summary').click();
    await editor().getByRole('button', { name: /^Put back mine/ }).click();
    await expect.poll(() => readDraft(core.db, approved)).toMatchObject({ title: before.get(approved)!.title, description: before.get(approved)!.description, status: 'approved' });
    await expect.poll(() => editor().getByLabel(/^Title/).inputValue()).toBe(before.get(approved)!.title);
    await saveScreenshot(page, 'owner-work-03-put-back');
  }, 500_000);

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});
