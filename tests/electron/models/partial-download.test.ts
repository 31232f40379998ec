import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../../electron/models/model-catalog';
import { createGpuProbe } from '../../../electron/models/gpu-info';
import { createModelService, type ModelService } from '../../../electron/models/model-service';
import { parseChunkMap } from '../../../electron/models/partial-download';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { tinyModelPair } from '../../helpers/tiny-model';
import { DOWNLOAD_CHUNK as CHUNK, largeTinyModel } from './large-tiny-model';
import { startRangeFileServer, type RangeFileServer } from './range-file-server';

const resourcesDir = defaultResourcesDir();
const modelBody = largeTinyModel();
const mmprojBody = fs.readFileSync(tinyModelPair().mmproj);
/** What the catalog says before anything is downloaded (the real sizes are learnt from the server). */
const CATALOG_SIZE = 7;
let server: RangeFileServer;
let libraryDir: string;
const services: ModelService[] = [];

beforeEach(async () => {
  libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'models-partial-'));
  // The first chunk is served at once; the later ones hang until the download is paused.
  server = await startRangeFileServer({
    '/big/tiny-large.gguf': { body: modelBody, stallRangesFrom: [CHUNK, 2 * CHUNK] },
    '/big/tiny-mmproj.gguf': { body: mmprojBody },
  });
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await server.close();
  fs.rmSync(libraryDir, { recursive: true, force: true });
});

function catalog(): Catalog {
  const template = loadCatalog(resourcesDir).entries[0];
  const file = (p: string) => ({ url: server.url(p), fileName: path.posix.basename(p), sizeBytes: CATALOG_SIZE, sizeIsApproximate: true, sha256: null, quantization: 'F32' });
  return { version: 2, entries: [{ ...template, id: 'tiny-large', name: 'Tiny Large', model: file('/big/tiny-large.gguf'), mmproj: file('/big/tiny-mmproj.gguf') }] };
}

/** A fresh service over the same library folder: what the app has after a restart. */
function openService(): ModelService {
  const gpuProbe = createGpuProbe(async () => ({ gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 }));
  const service = createModelService({ libraryDir, resourcesDir, catalog: catalog(), gpuProbe });
  services.push(service);
  return service;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts a download, lets the mmproj and the model's first chunk land, then pauses it as the shop owner would. */
async function downloadFirstChunkThenPause(): Promise<void> {
  const modelDir = path.join(libraryDir, 'models', 'tiny-large');
  const partial = path.join(modelDir, 'tiny-large.gguf.ipull');
  const first = openService();
  const downloadId = 'dl-before-restart';
  const running = first.download({ entryId: 'tiny-large', downloadId }, () => undefined);
  await until(() => fs.existsSync(path.join(modelDir, 'tiny-mmproj.gguf')), 'the mmproj to finish');
  // ipull writes the chunk map after the chunk's last byte; the map makes the partial file longer than the model.
  await until(() => fs.existsSync(partial) && fs.statSync(partial).size > modelBody.length, 'the saved chunk map');
  expect(first.pauseDownload({ downloadId })).toEqual({ paused: true });
  await expect(running).resolves.toEqual({ state: 'paused', downloadId });
}

describe('partial downloads after a restart', () => {
  it('reports the bytes a paused download kept, and a resume asks the server only for the rest and ends byte-identical', async () => {
    await downloadFirstChunkThenPause();

    const restarted = openService();
    const total = modelBody.length + mmprojBody.length;
    const [reported] = restarted.partialDownloads();
    expect([reported]).toEqual([
      { entryId: 'tiny-large', downloadedBytes: CHUNK + mmprojBody.length, totalBytes: total, percent: Math.floor(((CHUNK + mmprojBody.length) / total) * 100) },
    ]);

    server.set('/big/tiny-large.gguf', { body: modelBody });
    const seen = server.requests.length;
    const resumed = restarted.download({ entryId: 'tiny-large' }, () => undefined);
    // While it runs it is not offered as a partial download to resume.
    expect(restarted.partialDownloads()).toEqual([]);
    const result = await resumed;
    if (result.state !== 'installed') throw new Error(`expected the resumed download to finish, got ${result.state}`);

    const ranged = server.requests.slice(seen).filter((r) => r.path === '/big/tiny-large.gguf' && r.method === 'GET' && r.range);
    // ipull may fetch the remaining chunks over parallel ranges; the first starts where the kept bytes end.
    const starts = ranged.map((r) => Number(/^bytes=(\d+)-/.exec(r.range!)![1]));
    const modelBytesKept = reported.downloadedBytes - mmprojBody.length;
    expect(Math.min(...starts)).toBe(modelBytesKept);
    expect(ranged.reduce((n, r) => n + r.bytesSent, 0)).toBe(modelBody.length - CHUNK);
    expect(fs.readFileSync(result.model.modelPath).equals(modelBody)).toBe(true);
    expect(fs.readFileSync(result.model.mmprojPath).equals(mmprojBody)).toBe(true);
    expect(restarted.partialDownloads()).toEqual([]);
  });

  it('Cancel after a restart removes the kept files by the entry id, and nothing is reported any more', async () => {
    await downloadFirstChunkThenPause();
    const modelDir = path.join(libraryDir, 'models', 'tiny-large');

    const restarted = openService();
    expect(restarted.partialDownloads().map((p) => p.entryId)).toEqual(['tiny-large']);
    expect(restarted.cancelDownload({ entryId: 'tiny-large' })).toEqual({ cancelled: true });
    expect(fs.readdirSync(modelDir)).toEqual([]);
    expect(restarted.partialDownloads()).toEqual([]);
  });

  it('reports nothing for a model never downloaded, and counts a file not started at its catalog size', () => {
    const service = openService();
    expect(service.partialDownloads()).toEqual([]);

    const modelDir = path.join(libraryDir, 'models', 'tiny-large');
    fs.mkdirSync(modelDir, { recursive: true });
    fs.writeFileSync(path.join(modelDir, 'tiny-mmproj.gguf'), mmprojBody);
    expect(service.partialDownloads()).toEqual([
      { entryId: 'tiny-large', downloadedBytes: mmprojBody.length, totalBytes: mmprojBody.length + CATALOG_SIZE, percent: 99 },
    ]);
  });
});

describe('parseChunkMap', () => {
  const map = (chunks: number[], chunkSize = 10) => Buffer.from(JSON.stringify({ part: 0, chunks, chunkSize, parallelStreams: 1 }));

  it('counts completed chunks only, and never more than the file', () => {
    const body = Buffer.alloc(25);
    const done = map([2, 1, 0]);
    expect(parseChunkMap(Buffer.concat([body, done]), 25 + done.length)).toEqual({ downloadedBytes: 10, totalBytes: 25 });
    const all = map([2, 2, 2]);
    expect(parseChunkMap(Buffer.concat([body, all]), 25 + all.length)).toEqual({ downloadedBytes: 25, totalBytes: 25 });
  });

  it('finds the map after model bytes that contain the same text, and gives up on a file without one', () => {
    const body = Buffer.from('xx{"part":junk{"part":0,"chunks":[2,2],"chunkSize":3}yy');
    const done = map([2, 0]);
    expect(parseChunkMap(Buffer.concat([body, done]), body.length + done.length)).toEqual({ downloadedBytes: 10, totalBytes: body.length });
    expect(parseChunkMap(Buffer.alloc(40), 40)).toBeNull();
    expect(parseChunkMap(Buffer.from('{"part":0,"chunks":[2'), 21)).toBeNull();
  });
});
