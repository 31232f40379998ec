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
 * Two review-time controls in Chromium against the real core: bringing back an earlier revision
 * from the editor's history, and pausing then resuming a bulk generation on the real llama-server
 * (tiny model). One library and one page, steps in order; screenshots in tests/.artifacts/e2e/.
 */
const binary = findTestLlamaServer();
const PRODUCTS = 8;

let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];

const productIds = () => (core.db.prepare('SELECT id FROM products ORDER BY id').all() as { id: number }[]).map((r) => r.id);
const revisions = (id: number) =>
  core.db.prepare('SELECT revision, source, json_extract(snapshot, ?) AS description FROM revisions WHERE product_id = ? ORDER BY revision').all('$.description', id) as {
    revision: number;
    source: string;
    description: string;
  }[];
const latestJob = () => core.db.prepare("SELECT id, state FROM jobs WHERE kind = 'generate' ORDER BY id DESC LIMIT 1").get() as { id: number; state: string } | undefined;
const itemCount = (jobId: number, state: string) =>
  (core.db.prepare('SELECT count(*) AS n FROM job_items WHERE job_id = ? AND state = ?').get(jobId, state) as { n: number }).n;

beforeAll(async () => {
  if (binary) process.env.LISTING_STUDIO_LLAMA_SERVER = binary;
  app = await startBrowserApp('history-jobs');
  ({ core, host, page, problems } = app);
}, 180_000);

afterAll(() => app?.close());

describe('revision history and pausing a generation in Chromium', () => {
  it('starts the tiny model when there is a llama-server, and imports one product per photo', async () => {
    await page.goto(host.pageUrl);
    await page.getByRole('heading', { name: 'How should Listing Studio write your listings?' }).waitFor();
    if (binary) {
      const tiny = tinyModelPair();
      await page.getByText('Add model files you already have', { exact: true }).click();
      await page.getByLabel('Model file (.gguf)').fill(tiny.model);
      await page.getByLabel('Vision file (mmproj .gguf)').fill(tiny.mmproj);
      await page.getByRole('button', { name: 'Add model' }).click();
      await page.getByRole('button', { name: /^Start / }).click();
      await expect.poll(() => page.getByRole('status', { name: 'Local engine status' }).textContent(), { timeout: 90_000 }).toMatch(/Engine: Ready/);
      await page.getByRole('button', { name: 'Continue to the library' }).click();
    } else {
      await page.getByRole('button', { name: 'Continue without a model for now' }).click();
    }

    await dropFiles(page, page.getByRole('region', { name: 'Import photos' }), await makeProductPhotos(PRODUCTS));
    // The report ends with its Dismiss button.
    await expect.poll(() => page.locator('.import-report').textContent(), { timeout: 60_000 }).toBe(`Imported ${PRODUCTS} photos into ${PRODUCTS} products.`);
    await expect.poll(() => page.locator('.product-card').count()).toBe(PRODUCTS);
  }, 150_000);

  it('restoring the first of two edits from the history brings its text back, in the editor and the database, as a new revision', async () => {
    const id = productIds()[0]!;
    const first = 'Turned oak bowl with a food-safe oil finish.';
    const second = 'Turned oak bowl, hand-sanded, for fruit or bread.';
    await page.locator(`.product-card[data-product-id="${id}"]`).click();
    const description = page.getByLabel(/^Description/);
    const saveStatus = page.getByRole('status', { name: 'Save status' });

    await description.fill(first);
    await expect.poll(() => saveStatus.textContent()).toMatch(/^Saved \(revision \d+\)/);
    await expect.poll(() => readDraft(core.db, id).description).toBe(first);
    const firstRevision = readDraft(core.db, id).revision;
    await description.fill(second);
    await expect.poll(() => readDraft(core.db, id).description).toBe(second);
    await expect.poll(() => saveStatus.textContent()).toBe(`Saved (revision ${firstRevision + 1})`);
    const secondRevision = readDraft(core.db, id).revision;
    expect(secondRevision).toBe(firstRevision + 1);

    await page.locator('details.revisions > summary').click();
    const restore = page.getByRole('button', { name: `Restore revision ${firstRevision}` });
    await restore.waitFor();
    // The current revision is the one on screen: there is nothing to restore it to.
    expect(await page.getByRole('button', { name: `Restore revision ${secondRevision}` }).count()).toBe(0);
    // Newest first: the version on screen, then the one it replaced.
    const listed = await page.getByRole('list', { name: 'Saved versions, newest first' }).getByRole('listitem').allTextContents();
    expect(listed[0]).toMatch(new RegExp(`^#${secondRevision} Edited`));
    expect(listed[1]).toMatch(new RegExp(`^#${firstRevision} Edited`));
    await saveScreenshot(page, 'history-01-open');
    await restore.click();

    await expect.poll(() => page.getByLabel(/^Description/).inputValue()).toBe(first);
    await expect.poll(() => readDraft(core.db, id).description).toBe(first);
    expect(readDraft(core.db, id).revision).toBe(secondRevision + 1);
    expect(revisions(id).slice(-3)).toEqual([
      { revision: firstRevision, source: 'edit', description: first },
      { revision: secondRevision, source: 'edit', description: second },
      { revision: secondRevision + 1, source: 'restore', description: first },
    ]);
    await saveScreenshot(page, 'history-02-restored');
  }, 60_000);

  it.skipIf(!binary)('Pause stops a running Generate all, the done count stays put while paused, and Resume writes every listing', async () => {
    const bar = page.getByRole('region', { name: 'Generate listings' });
    await bar.getByRole('button', { name: 'Generate all' }).click();
    // The first product holds the owner's restored description: Generate all asks, and leaves it be.
    const dialog = page.getByRole('dialog', { name: 'Generate all' });
    expect(await dialog.locator('#generate-all-counts').textContent()).toBe(`${PRODUCTS - 1} to write, 1 draft you edited.`);
    await dialog.getByRole('button', { name: `Write ${PRODUCTS - 1} listings` }).click();
    const ownersDraft = readDraft(core.db, productIds()[0]!);
    // Pause as soon as the first listing is written, so most of the job is still ahead.
    await expect.poll(() => latestJob()?.state, { timeout: 30_000 }).toBe('running');
    const jobId = latestJob()!.id;
    await expect.poll(() => itemCount(jobId, 'done'), { timeout: 120_000, interval: 100 }).toBeGreaterThanOrEqual(1);
    await bar.getByRole('button', { name: 'Pause', exact: true }).click();

    await expect.poll(() => latestJob()?.state).toBe('paused');
    await expect.poll(() => bar.getByRole('status').textContent()).toMatch(/^Paused · \d+ of \d+ done/);
    await bar.getByRole('button', { name: 'Resume', exact: true }).waitFor();
    // Products already being written finish; after that nothing more is claimed.
    await expect.poll(() => itemCount(jobId, 'running'), { timeout: 120_000 }).toBe(0);
    const doneWhenPaused = itemCount(jobId, 'done');
    expect(itemCount(jobId, 'pending')).toBeGreaterThan(0);
    // Waiting products say "Queued", not "Generating", and the bar tells no time left.
    await expect.poll(() => page.locator('.product-card .badge-queued').count()).toBeGreaterThan(0);
    expect(await page.locator('.product-card .badge-generating').count()).toBe(0);
    expect(await bar.getByRole('status').textContent()).not.toMatch(/ left/);
    await saveScreenshot(page, 'jobs-01-paused');
    // Two looks a moment apart: a paused job claims nothing, however long it waits.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(itemCount(jobId, 'done')).toBe(doneWhenPaused);
    expect(itemCount(jobId, 'running')).toBe(0);
    expect(latestJob()?.state).toBe('paused');

    await bar.getByRole('button', { name: 'Resume', exact: true }).click();
    await expect.poll(() => page.locator('.job-message').textContent(), { timeout: 240_000, interval: 1000 }).toBe(`Finished: ${PRODUCTS - 1} written.`);
    expect(latestJob()).toEqual({ id: jobId, state: 'done' });
    expect(itemCount(jobId, 'done')).toBe(PRODUCTS - 1);
    expect(readDraft(core.db, productIds()[0]!)).toEqual(ownersDraft);
    for (const id of productIds().slice(1)) {
      expect(revisions(id).some((r) => r.source === 'generate')).toBe(true);
      expect(readDraft(core.db, id).description.length).toBeGreaterThan(0);
    }
    await saveScreenshot(page, 'jobs-02-resumed-finished');
  }, 400_000);

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});
