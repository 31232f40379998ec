import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { DevHost } from '../../electron/dev-host/create-dev-host';
import type { CatalogEntry } from '../../electron/models/model-catalog';
import { modelsDir } from '../../electron/models/installed-models';
import { formatBytes } from '../../renderer/src/setup/describe-engine';
import { startBrowserApp, type BrowserApp } from './helpers/browser-app';
import { saveScreenshot } from './helpers/screenshots';

/**
 * A model download that an earlier session left part-way: the setup screen offers Resume at the
 * bytes on disk, and Cancel removes them. The partial files are written as node-llama-cpp's
 * downloader (ipull) leaves them: <file>.ipull holding the file's bytes (sparse here), then its
 * chunk map as JSON. Resume itself needs Hugging Face, so it is tested against a local server in
 * tests/electron/models/partial-download.test.ts.
 */
const CHUNK = 5 * 1024 * 1024;

let core: Core;
let host: DevHost;
let app: BrowserApp;
let page: Page;
let problems: string[];

const entryDir = (entry: CatalogEntry) => path.join(modelsDir(core.libraryDir), entry.id);
/** About 35 % of the model's chunks are complete; the mmproj has not started. */
const keptBytes = (entry: CatalogEntry) => Math.floor(Math.ceil(entry.model.sizeBytes / CHUNK) * 0.35) * CHUNK;

function writePartialModel(libraryDir: string, entry: CatalogEntry): void {
  const dir = path.join(modelsDir(libraryDir), entry.id);
  fs.mkdirSync(dir, { recursive: true });
  const chunks = Math.ceil(entry.model.sizeBytes / CHUNK);
  const complete = keptBytes(entry) / CHUNK;
  const map = { part: 0, chunks: Array.from({ length: chunks }, (_, i) => (i < complete ? 2 : 0)), chunkSize: CHUNK, parallelStreams: 3 };
  const fd = fs.openSync(path.join(dir, `${entry.model.fileName}.ipull`), 'w');
  const bytes = Buffer.from(JSON.stringify(map));
  fs.writeSync(fd, bytes, 0, bytes.length, entry.model.sizeBytes);
  fs.closeSync(fd);
}

beforeAll(async () => {
  app = await startBrowserApp('resume-download', (c) => {
    for (const entry of c.models.catalog().entries) writePartialModel(c.libraryDir, entry);
  });
  ({ core, host, page, problems } = app);
}, 180_000);

afterAll(() => app?.close());

describe('a model download kept from an earlier session', () => {
  it('starts paused at the bytes on disk with Resume, and Cancel removes the partial files', async () => {
    await page.goto(host.pageUrl);
    const heading = page.getByText(/^Recommended for this computer:/);
    await heading.waitFor();
    const name = (await heading.textContent())!.replace('Recommended for this computer: ', '');
    const entry = core.models.catalog().entries.find((e) => e.name === name)!;
    const total = entry.model.sizeBytes + entry.mmproj.sizeBytes;
    const percent = Math.floor((keptBytes(entry) / total) * 100);

    const download = page.locator('.recommended .model-download');
    await expect.poll(() => download.getByRole('status').first().textContent()).toBe(
      `Paused at ${formatBytes(keptBytes(entry))} of ${formatBytes(total)} (${percent}%): Resume continues from what is already downloaded.`,
    );
    expect(await download.getByRole('button', { name: `Resume downloading ${entry.name}` }).isVisible()).toBe(true);
    expect(await download.getByRole('button', { name: /^Download \(/ }).count()).toBe(0);
    expect(await download.getByRole('progressbar').getAttribute('value')).toBe(String(percent));
    await saveScreenshot(page, 'resume-download-01-paused');

    await download.getByRole('button', { name: `Cancel downloading ${entry.name} and remove the partial files` }).click();
    await expect.poll(() => download.getByRole('status').last().textContent()).toBe(`The partial download of ${entry.name} was removed.`);
    expect(fs.readdirSync(entryDir(entry))).toEqual([]);
    await download.getByRole('button', { name: /^Download \(/ }).waitFor();
    // Only the recommended model's files were removed.
    const others = core.models.catalog().entries.filter((e) => e.id !== entry.id);
    for (const other of others) expect(fs.readdirSync(entryDir(other))).toEqual([`${other.model.fileName}.ipull`]);
    await saveScreenshot(page, 'resume-download-02-cancelled');
    expect(problems).toEqual([]);
  }, 60_000);
});
