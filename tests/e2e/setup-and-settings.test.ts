import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { loadCatalog, type Catalog } from '../../electron/models/model-catalog';
import { defaultResourcesDir } from '../../electron/models/resources-dir';
import { startRangeFileServer, type RangeFileServer } from '../electron/models/range-file-server';
import { paddedTinyModel } from '../helpers/padded-tiny-model';
import { tinyModelPair } from '../helpers/tiny-model';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { seedProducts } from './helpers/seed-products';
import { saveScreenshot } from './helpers/screenshots';

/**
 * A first run on a 1366×768 screen: the setup leads to Download, then Start; licences are shown
 * before download and non-commercial models stay hidden until asked for; Settings opens from the
 * header and from a message that names it. Downloads come from a real HTTP server on 127.0.0.1.
 */
const modelBody = paddedTinyModel();
const mmprojBody = fs.readFileSync(tinyModelPair().mmproj);
const tinyShape = { layers: 1, kvHeads: 1, headDim: 64, kvBytesPerToken: null };

let server: RangeFileServer;
let host: DevHost;
let app: BrowserApp;
let page: Page;

function localCatalog(): Catalog {
  const shipped = loadCatalog(defaultResourcesDir()).entries;
  const file = (urlPath: string, body: Buffer) => ({ url: server.url(urlPath), fileName: path.posix.basename(urlPath), sizeBytes: body.length, sizeIsApproximate: false, sha256: null, quantization: 'F32' });
  const pair = (id: string) => ({ model: file(`/${id}/model.gguf`, modelBody), mmproj: file(`/${id}/mmproj-model.gguf`, mmprojBody) });
  const base = shipped.find((e) => e.id === 'smolvlm2-500m')!;
  const research = shipped.find((e) => e.id === 'qwen2.5-vl-3b')!;
  const conditional = shipped.find((e) => e.id === 'minicpm-v-2.6')!;
  return {
    version: 2,
    entries: [
      { ...base, id: 'tiny-vision', name: 'Tiny Vision', cpuFriendly: true, quality: 5, shape: tinyShape, ...pair('tiny-vision') },
      { ...research, id: 'tiny-research', name: 'Tiny Research', cpuFriendly: true, quality: 9, shape: tinyShape, ...pair('tiny-research') },
      { ...conditional, id: 'tiny-registered', name: 'Tiny Registered', cpuFriendly: false, quality: 4, shape: tinyShape, ...pair('tiny-registered') },
    ],
  };
}

/** The element is inside the visible window without scrolling. */
async function inView(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

beforeAll(async () => {
  server = await startRangeFileServer();
  for (const id of ['tiny-vision', 'tiny-research', 'tiny-registered']) {
    // Slow enough that speed and time left appear, fast enough for a test.
    server.set(`/${id}/model.gguf`, { body: modelBody, throttle: { bytes: 32 * 1024, ms: 50 } });
    server.set(`/${id}/mmproj-model.gguf`, { body: mmprojBody });
  }
  app = await startBrowserApp('setup-settings', undefined, { catalog: localCatalog() });
  ({ host, page } = app);
  await page.setViewportSize({ width: 1366, height: 768 });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await server?.close();
});

describe('first run and Settings in Chromium at 1366×768', () => {
  it('leads with Download: the one prominent button; going on without a model is plain and in view', async () => {
    await page.goto(host.pageUrl);
    await page.getByText('Recommended for this computer: Tiny Vision', { exact: true }).waitFor({ timeout: 60_000 });
    const prominent = await page.locator('main button.primary:visible').allTextContents();
    expect(prominent).toEqual([expect.stringMatching(/^Download \(/)]);
    expect(await page.getByRole('button', { name: /Skip for now/ }).count()).toBe(0);
    expect(await inView(page, 'Continue without a model for now')).toBe(true);
    // The non-commercial model is better but is not the one recommended.
    expect(await page.locator('.recommended .licence').textContent()).toMatch(/^Commercial use allowed · Apache-2\.0/);
    await saveScreenshot(page, 'setup-01-first-run-1366x768');
  }, 90_000);

  it('shows every model’s licence before download; non-commercial ones only when asked, and marked', async () => {
    await page.getByText(/^Other models \(\d+\)$/).click();
    const list = page.locator('.catalog-list');
    expect(await list.getByRole('listitem', { name: 'Tiny Research' }).count()).toBe(0);
    const registered = list.getByRole('listitem', { name: 'Tiny Registered' });
    expect(await registered.locator('.licence strong').textContent()).toBe('Commercial use allowed with conditions');
    expect(await registered.locator('.licence-conditions').textContent()).toMatch(/registration questionnaire/);

    await page.getByLabel('Show 1 model whose licence forbids commercial use').check();
    const research = list.getByRole('listitem', { name: 'Tiny Research' });
    await research.waitFor();
    expect(await research.locator('h4').textContent()).toBe('Tiny Research · not for commercial use');
    expect(await research.locator('.licence strong').textContent()).toBe('Not for commercial use');
    expect(app.core.db.prepare("SELECT value FROM settings WHERE key = 'models'").get()).toEqual({ value: '{"showNonCommercial":true}' });
    await saveScreenshot(page, 'setup-02-licences');
    await page.getByText(/^Other models \(\d+\)$/).click();
  });

  it('the download shows speed and time left; once installed, Start is the prominent button', async () => {
    const download = page.locator('.recommended .model-download');
    await download.getByRole('button', { name: /^Download \(/ }).click();
    await expect.poll(() => download.locator('.download-rate').textContent(), { timeout: 30_000, interval: 100 }).toMatch(/^\d+ (KB|MB)\/s · (about \d+ min|less than a minute) left$/);
    await saveScreenshot(page, 'setup-03-downloading');
    await page.getByText('Tiny Vision is downloaded and checked.').waitFor({ timeout: 60_000 });
    const start = page.getByRole('button', { name: 'Start Tiny Vision' });
    expect(await start.getAttribute('class')).toBe('primary');
    expect(await page.locator('main button.primary:visible').allTextContents()).toEqual(['Start']);
    expect(await inView(page, 'Continue without a model for now')).toBe(true);
    await saveScreenshot(page, 'setup-04-installed-start');
  }, 90_000);

  it('Settings opens from the header with Engine and model and Cloud model sections', async () => {
    await page.getByRole('button', { name: 'Continue without a model for now' }).click();
    await page.getByRole('region', { name: 'Library' }).waitFor();
    // A product to generate for later, seeded after the first run so that it still opened on setup.
    await seedProducts(app.core.db, app.core.libraryDir, 1);
    await page.reload();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Engine and model' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Cloud model' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Test the connection and save' }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'settings-01-screen');
  });

  it('a message that names Settings opens it', async () => {
    await page.getByRole('radio', { name: /With a cloud service/ }).check();
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await page.getByRole('button', { name: /^Generate all/ }).click();
    const open = page.getByRole('button', { name: 'Open Settings' });
    await open.waitFor({ timeout: 30_000 });
    expect(await open.locator('..').textContent()).toMatch(/Enter one in Settings/);
    await saveScreenshot(page, 'settings-02-message-names-settings');
    await open.click();
    await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Cloud model' }).isVisible()).toBe(true);
  }, 60_000);
});
