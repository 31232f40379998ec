import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../../electron/models/model-catalog';
import { createGpuProbe } from '../../../electron/models/gpu-info';
import { createModelService, type DownloadProgressEvent } from '../../../electron/models/model-service';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { tinyModelPair } from '../../helpers/tiny-model';
import { DOWNLOAD_CHUNK as CHUNK, largeTinyModel } from './large-tiny-model';
import { startRangeFileServer, type RangeFileServer } from './range-file-server';

const resourcesDir = defaultResourcesDir();
const modelBody = largeTinyModel();
const mmprojBody = fs.readFileSync(tinyModelPair().mmproj);
let server: RangeFileServer;
let libraryDir: string;

beforeAll(async () => {
  libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'models-resume-'));
  // The first chunk is served at once; the later ones never finish, as on a connection that dies.
  server = await startRangeFileServer({
    '/big/tiny-large.gguf': { body: modelBody, stallRangesFrom: [CHUNK, 2 * CHUNK] },
    '/big/tiny-mmproj.gguf': { body: mmprojBody },
  });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(libraryDir, { recursive: true, force: true });
});

function catalog(): Catalog {
  const template = loadCatalog(resourcesDir).entries[0];
  const file = (p: string) => ({ url: server.url(p), fileName: path.posix.basename(p), sizeBytes: 1, sizeIsApproximate: true, sha256: null, quantization: 'F32' });
  return { version: 2, entries: [{ ...template, id: 'tiny-large', name: 'Tiny Large', model: file('/big/tiny-large.gguf'), mmproj: file('/big/tiny-mmproj.gguf') }] };
}

function openService() {
  const gpuProbe = createGpuProbe(async () => ({ gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 }));
  return createModelService({ libraryDir, resourcesDir, catalog: catalog(), gpuProbe });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

it('a download paused by quitting resumes in the next session from the last complete chunk, byte-identical', async () => {
  const modelDir = path.join(libraryDir, 'models', 'tiny-large');
  const partial = path.join(modelDir, 'tiny-large.gguf.ipull');
  const firstChunkSent = () => server.requests.some((r) => r.path === '/big/tiny-large.gguf' && r.range?.startsWith('bytes=0-') && r.bytesSent === CHUNK);

  const first = openService();
  const paused = first.download({ entryId: 'tiny-large' }, () => undefined);
  await until(firstChunkSent, 'the first chunk');
  // ipull records a finished chunk in the .ipull file shortly after its last byte is written.
  await until(() => fs.existsSync(partial) && fs.statSync(partial).size > modelBody.length, 'the saved chunk map');
  await first.close();
  await expect(paused).resolves.toEqual({ state: 'paused', downloadId: expect.any(String) });
  expect(fs.existsSync(partial)).toBe(true);
  expect(first.installed()).toEqual([]);

  server.set('/big/tiny-large.gguf', { body: modelBody });
  const seen = server.requests.length;
  const events: DownloadProgressEvent[] = [];
  const second = openService();
  const result = await second.download({ entryId: 'tiny-large' }, (e) => events.push(e));
  if (result.state !== 'installed') throw new Error(`expected the resumed download to finish, got ${result.state}`);

  const resumed = server.requests.slice(seen).filter((r) => r.path === '/big/tiny-large.gguf' && r.method === 'GET' && r.range);
  expect(resumed.length).toBeGreaterThan(0);
  expect(resumed.every((r) => !r.range!.startsWith('bytes=0-'))).toBe(true);
  expect(resumed.reduce((n, r) => n + r.bytesSent, 0)).toBe(modelBody.length - CHUNK);
  expect(events[0].downloadedBytes).toBeGreaterThanOrEqual(CHUNK);
  expect(events.at(-1)?.percent).toBe(100);
  expect(fs.readFileSync(result.model.modelPath).equals(modelBody)).toBe(true);
  expect(fs.existsSync(partial)).toBe(false);
  expect(second.installed().map((m) => m.id)).toEqual(['tiny-large']);
});
