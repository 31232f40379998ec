import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import { loadCatalog, type Catalog, type CatalogEntry } from '../../electron/models/model-catalog';
import { modelsDir } from '../../electron/models/installed-models';
import { defaultResourcesDir } from '../../electron/models/resources-dir';
import { formatBytes } from '../../renderer/src/setup/describe-engine';
import { startRangeFileServer, type RangeFileServer } from '../electron/models/range-file-server';
import { findTestLlamaServer } from '../helpers/llama-server';
import { DOWNLOAD_CHUNK as CHUNK, paddedTinyModel } from '../helpers/padded-tiny-model';
import { tinyModelPair } from '../helpers/tiny-model';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The shop owner downloads the recommended model from the setup screen in Debian's Chromium,
 * pauses, resumes, and starts it. The catalog's one entry points at a real HTTP server on
 * 127.0.0.1 standing in for Hugging Face: it sends the first 5 MiB chunk slowly (so the bar is seen
 * moving) and holds the later chunks until the test lets them through, after the pause.
 */
const binary = findTestLlamaServer();
const MODEL = '/models/tiny-vision.gguf';
const MMPROJ = '/models/mmproj-tiny-vision.gguf';
const modelBody = paddedTinyModel();
const mmprojBody = fs.readFileSync(tinyModelPair().mmproj);
const total = formatBytes(modelBody.length + mmprojBody.length);
const heldModel = { body: modelBody, throttle: { bytes: 32 * 1024, ms: 25 }, stallRangesFrom: [CHUNK, 2 * CHUNK] };

let server: RangeFileServer;
let entry: CatalogEntry;
let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];

/** The shipped catalog's first entry, re-pointed at the local server; small enough to be recommended on any computer. */
function localCatalog(): Catalog {
  const template = loadCatalog(defaultResourcesDir()).entries[0];
  const file = (urlPath: string, body: Buffer) => ({ url: server.url(urlPath), fileName: path.posix.basename(urlPath), sizeBytes: body.length, sizeIsApproximate: false, sha256: null, quantization: 'F32' });
  const local = { ...template, id: 'tiny-vision', name: 'Tiny Vision', parameters: '0.1M', cpuFriendly: true, shape: { layers: 1, kvHeads: 1, headDim: 64, kvBytesPerToken: null } };
  return { version: 2, entries: [{ ...local, model: file(MODEL, modelBody), mmproj: file(MMPROJ, mmprojBody) }] };
}

const entryDir = () => path.join(modelsDir(core.libraryDir), entry.id);
const partialFile = () => path.join(entryDir(), `${entry.model.fileName}.ipull`);
const modelGets = () => server.requests.filter((r) => r.path === MODEL && r.method === 'GET' && r.range);
const download = () => page.locator('.recommended .model-download');

beforeAll(async () => {
  if (binary) process.env.LISTING_STUDIO_LLAMA_SERVER = binary;
  server = await startRangeFileServer({ [MODEL]: heldModel, [MMPROJ]: { body: mmprojBody } });
  const catalog = localCatalog();
  entry = catalog.entries[0];
  app = await startBrowserApp('model-download', undefined, { catalog });
  ({ core, host, page, problems } = app);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await server?.close();
});

describe('downloading the recommended model from the setup screen', () => {
  it('recommends the catalog model and shows its size on the Download button', async () => {
    await page.goto(host.pageUrl);
    await page.getByText(`Recommended for this computer: ${entry.name}`, { exact: true }).waitFor({ timeout: 60_000 });
    expect(await download().getByRole('button', { name: /^Download \(/ }).textContent()).toBe(`Download (${total})`);
    await saveScreenshot(page, 'model-download-01-recommended');
  }, 90_000);

  it('Download shows the bar moving while the first chunk arrives', async () => {
    await download().getByRole('button', { name: /^Download \(/ }).click();
    const bar = download().getByRole('progressbar', { name: `Downloading ${entry.name}` });
    const value = async () => Number((await bar.getAttribute('value')) ?? 0);
    await expect.poll(value, { interval: 50, timeout: 15_000 }).toBeGreaterThan(0);
    const first = await value();
    await saveScreenshot(page, 'model-download-02-downloading');
    await expect.poll(value, { interval: 50, timeout: 15_000 }).toBeGreaterThan(first);
    expect(await download().getByRole('status').first().textContent()).toMatch(new RegExp(`^\\d+ (KB|MB) of ${total} \\(\\d+%\\)$`));
  }, 60_000);

  it('Pause keeps the first chunk on disk and says where it stopped', async () => {
    // Pausing before ipull has recorded the finished chunk would keep nothing worth resuming.
    await expect.poll(() => modelGets().some((r) => r.range!.startsWith('bytes=0-') && r.bytesSent === CHUNK), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => fs.existsSync(partialFile()) && fs.statSync(partialFile()).size > modelBody.length, { timeout: 30_000 }).toBe(true);

    await download().getByRole('button', { name: `Pause downloading ${entry.name}` }).click();
    // The mmproj (one small file) is complete too; the model's later chunks never arrived.
    const kept = CHUNK + mmprojBody.length;
    const percent = Math.floor((kept / (modelBody.length + mmprojBody.length)) * 100);
    const status = download().getByRole('status').first();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(`Paused at ${formatBytes(kept)} of ${total} (${percent}%): Resume continues from what is already downloaded.`);
    expect(await download().getByRole('progressbar', { name: `Download of ${entry.name}, paused` }).getAttribute('value')).toBe(String(percent));
    expect(fs.existsSync(partialFile())).toBe(true);
    expect(fs.existsSync(path.join(entryDir(), entry.model.fileName))).toBe(false);
    expect(core.models.installed()).toEqual([]);
    expect(await page.locator('.installed-models li').count()).toBe(0);
    await saveScreenshot(page, 'model-download-03-paused');
  }, 60_000);

  it('Resume asks only for the missing bytes, and the model is installed byte-identical', async () => {
    server.set(MODEL, { body: modelBody });
    const before = modelGets().length;
    await download().getByRole('button', { name: `Resume downloading ${entry.name}` }).click();
    await expect.poll(() => download().getByRole('status').last().textContent(), { timeout: 60_000 }).toBe(`${entry.name} is downloaded and checked.`);

    const resumed = modelGets().slice(before);
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.map((r) => r.range)).toContain(`bytes=${CHUNK}-${2 * CHUNK - 1}`);
    expect(resumed.every((r) => /^bytes=\d+-\d*$/.test(r.range!) && !r.range!.startsWith('bytes=0-'))).toBe(true);
    expect(resumed.reduce((n, r) => n + r.bytesSent, 0)).toBe(modelBody.length - CHUNK);

    const [model] = core.models.installed();
    expect(model).toMatchObject({ id: entry.id, source: 'catalog', present: true, modelBytes: modelBody.length, mmprojBytes: mmprojBody.length });
    expect(fs.readFileSync(model.modelPath).equals(modelBody)).toBe(true);
    expect(fs.readFileSync(model.mmprojPath).equals(mmprojBody)).toBe(true);
    expect(fs.existsSync(partialFile())).toBe(false);
    await expect.poll(() => page.locator('.installed-models li').textContent()).toBe(`${entry.name} · ${total}Start`);
    // Installed: the recommendation no longer offers to download it again.
    expect(await download().getByRole('button').count()).toBe(0);
    await saveScreenshot(page, 'model-download-04-installed');
  }, 90_000);

  it.skipIf(!binary)('Start runs the downloaded model until the engine is ready', async () => {
    await page.getByRole('button', { name: `Start ${entry.name}` }).click();
    const status = page.getByRole('status', { name: 'Local engine status' });
    await expect.poll(() => status.textContent(), { timeout: 90_000 }).toMatch(/Engine: Ready/);
    // The button turns to Restart only when the running engine's model is this downloaded file.
    await expect.poll(() => page.getByRole('button', { name: `Start ${entry.name}` }).textContent()).toBe('Restart');
    await saveScreenshot(page, 'model-download-05-engine-ready');
  }, 120_000);

  it('left no page errors', () => {
    expect(problems).toEqual([]);
  });
});
