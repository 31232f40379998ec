import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDraft } from '../../electron/drafts/read-draft';
import { updateDraft } from '../../electron/drafts/update-draft';
import { setStatus } from '../../electron/drafts/set-status';
import { writeGenerationSettings, readGenerationSettings } from '../../electron/generation/settings-store';
import { writeQueueSettings } from '../../electron/generation/queue-settings';
import { importPhotos } from '../../electron/photos/import-photos';
import { CLOUD_KEY_ENV } from '../../electron/secrets/cloud-key-store';
import { startFaultServer, type FaultServer } from '../helpers/fault-server';
import { seriousAxeFindings } from './helpers/axe';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';
import { makeProductPhotos, writePhotos } from './helpers/shop-photos';

/**
 * "Generate all" with the approved and edited drafts ticked for rewriting, against a cloud
 * endpoint that never answers (a FAKE OpenAI-compatible server: the real cloud is unreachable
 * here), one listing at a time: the job waits on its first product. Every card in the job says
 * what it is waiting for in words: "Generating" for the one being written, "Queued" for the
 * others, the owner's approved and edited ones included; Cancel leaves every draft as it was.
 */
const API_KEY = 'test-cloud-key-queued';
let server: FaultServer;
let app: BrowserApp;
let page: Page;
let ids: number[];
const previousKey = process.env[CLOUD_KEY_ENV];

beforeAll(async () => {
  server = await startFaultServer({ apiKey: API_KEY, fallback: { hang: true } });
  process.env[CLOUD_KEY_ENV] = API_KEY;
  app = await startBrowserApp('generate-all-queued', async (c) => {
    const files = writePhotos(path.join(c.libraryDir, '..', 'incoming'), await makeProductPhotos(4));
    ids = (await importPhotos(c.db, c.libraryDir, files)).productIds;
    const settings = readGenerationSettings(c.db);
    writeGenerationSettings(c.db, { ...settings, provider: 'cloud', cloud: { baseURL: server.baseURL, model: 'gpt-4.1-mini' } });
    writeQueueSettings(c.db, { cloudConcurrency: 1 });
    // The first two hold the owner's work: an approved listing and an edited one.
    updateDraft(c.db, ids[0]!, { title: 'Oak serving bowl', description: 'Turned from one piece of oak.', price: '40.00' }, { source: 'edit' });
    setStatus(c.db, [ids[0]!], 'approved');
    updateDraft(c.db, ids[1]!, { title: 'Felt slippers', description: 'Mine, typed by hand.' }, { source: 'edit' });
  });
  page = app.page;
}, 180_000);
afterAll(async () => {
  await app?.close();
  await server?.close();
  if (previousKey === undefined) delete process.env[CLOUD_KEY_ENV];
  else process.env[CLOUD_KEY_ENV] = previousKey;
});

const card = (id: number) => page.locator(`.product-card[data-product-id="${id}"]`);
const badge = (id: number) => card(id).locator('.badge').textContent();

describe('Generate all with rewriting, while the job waits', () => {
  it('shows Queued on every card in the job until its turn, approved and edited ones included, and Cancel leaves them as they were', async () => {
    await page.goto(app.host.pageUrl);
    await expect.poll(() => page.locator('.product-card').count(), { timeout: 30_000 }).toBe(4);
    const before = ids.map((id) => readDraft(app.core.db, id));
    const bar = page.getByRole('region', { name: 'Generate listings' });
    await bar.getByRole('button', { name: 'Generate all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate all' });
    await dialog.waitFor();
    await dialog.getByLabel('Rewrite the 1 approved draft too').check();
    await dialog.getByLabel('Rewrite the 1 draft you edited too').check();
    await dialog.getByRole('button', { name: 'Write 4 listings' }).click();

    // One product is with the model (the server holds its request); the other three wait their turn.
    await expect.poll(() => server.requests.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await Promise.all(ids.map(badge))).sort(), { timeout: 15_000 }).toEqual(['Generating', 'Queued', 'Queued', 'Queued']);
    // The queue writes in product order: the approved product is first, the edited one waits.
    expect(await badge(ids[0]!)).toBe('Generating');
    expect(await badge(ids[1]!)).toBe('Queued');
    await saveScreenshot(page, 'generate-all-queued');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Cancel ends the job: every card shows its own status again, and nothing was written.
    await bar.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.job-message').textContent(), { timeout: 30_000 }).toMatch(/^Cancelled: 0 written/);
    await expect.poll(() => badge(ids[0]!)).toBe('Approved');
    expect(await page.locator('.product-card .badge', { hasText: /Queued|Generating/ }).count()).toBe(0);
    expect(ids.map((id) => readDraft(app.core.db, id))).toEqual(before);
  });
});
