import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { loadCatalog, type Catalog } from '../../../../electron/models/model-catalog';
import { createGpuProbe } from '../../../../electron/models/gpu-info';
import { createModelService } from '../../../../electron/models/model-service';
import { defaultResourcesDir } from '../../../../electron/models/resources-dir';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext } from '../../../../electron/ipc/router';
import type { EventPayload } from '../../../../shared/ipc/contract';
import { tinyModelPair } from '../../../helpers/tiny-model';
import { DOWNLOAD_CHUNK as CHUNK, largeTinyModel } from '../../models/large-tiny-model';
import { startRangeFileServer, type RangeFileServer } from '../../models/range-file-server';

type Progress = EventPayload<'models.downloadProgress'>;

const modelBody = largeTinyModel();
const mmprojBody = fs.readFileSync(tinyModelPair().mmproj);
const MODEL = '/big/tiny-large.gguf';

let root: string;
let libraryDir: string;
let server: RangeFileServer;
let core: Core;

/** A catalog whose one entry downloads from the local server (the shipped one only takes https:// links). */
function localCatalog(): Catalog {
  const template = loadCatalog(defaultResourcesDir()).entries[0];
  const file = (p: string) => ({ url: server.url(p), fileName: path.posix.basename(p), sizeBytes: 1, sizeIsApproximate: true, sha256: null, quantization: 'F32' });
  return { version: 2, entries: [{ ...template, id: 'tiny-large', name: 'Tiny Large', model: file(MODEL), mmproj: file('/big/tiny-mmproj.gguf') }] };
}

/** The real core, with its model service over the local catalog. */
function openLocalCore(): Core {
  const base = openCore({ libraryDir });
  // The GPU is not part of downloads; a fixed answer keeps node-llama-cpp's native backend unloaded.
  const gpuProbe = createGpuProbe(async () => ({ gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 }));
  const models = createModelService({ libraryDir: base.libraryDir, resourcesDir: defaultResourcesDir(), catalog: localCatalog(), gpuProbe });
  return {
    ...base,
    models,
    close() {
      void models.close();
      base.close();
    },
  };
}
const entryDir = () => path.join(libraryDir, 'models', 'tiny-large');
const partial = () => path.join(entryDir(), 'tiny-large.gguf.ipull');
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);

function invoke(name: string, input: unknown, progress: Progress[] = []) {
  const ctx: HandlerContext = {
    emit: (event, payload) => {
      if (event === 'models.downloadProgress') progress.push(payload as Progress);
    },
  };
  return createRouter(createHandlers(core)).invoke(name, input, ctx);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Starts a download whose first chunk arrives and whose later chunks stall, and waits until the
 * first chunk is saved. The reply is wrapped so that awaiting this function does not await it.
 */
async function startStalledDownload(downloadId: string) {
  const reply = invoke('models.download', { entryId: 'tiny-large', downloadId });
  await until(() => server.requests.some((r) => r.path === MODEL && r.range?.startsWith('bytes=0-') && r.bytesSent === CHUNK), 'the first chunk');
  // ipull records a finished chunk in the .ipull file shortly after its last byte is written.
  await until(() => fs.existsSync(partial()) && fs.statSync(partial()).size > modelBody.length, 'the saved chunk map');
  return { reply };
}

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'models-pause-'));
  libraryDir = path.join(root, 'library');
  server = await startRangeFileServer({
    [MODEL]: { body: modelBody, stallRangesFrom: [CHUNK, 2 * CHUNK] },
    '/big/tiny-mmproj.gguf': { body: mmprojBody },
  });
  core = openLocalCore();
});

afterEach(async () => {
  await core.models.close();
  core.close();
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('models.pauseDownload through the router', () => {
  it('pauses mid-way keeping the partial file; models.download again resumes with a Range request and ends byte-identical', async () => {
    const { reply: first } = await startStalledDownload('dl-paused');

    expect(await invoke('models.pauseDownload', { downloadId: 'dl-paused' })).toEqual({ ok: true, value: { paused: true } });
    expect(await first).toEqual({ ok: true, value: { state: 'paused', downloadId: 'dl-paused' } });
    expect(fs.existsSync(partial())).toBe(true);
    expect(await invoke('models.installed', {})).toEqual({ ok: true, value: [] });
    expect(await invoke('models.pauseDownload', { downloadId: 'dl-paused' })).toEqual({ ok: true, value: { paused: false } });

    server.set(MODEL, { body: modelBody });
    const seen = server.requests.length;
    const progress: Progress[] = [];
    const second = await invoke('models.download', { entryId: 'tiny-large', downloadId: 'dl-resumed' }, progress);

    expect(second).toMatchObject({ ok: true, value: { state: 'installed', downloadId: 'dl-resumed', model: { id: 'tiny-large', modelBytes: modelBody.length } } });
    // GETs without a Range header only probe the file; every transfer asks for a range past the kept chunk.
    const resumed = server.requests.slice(seen).filter((r) => r.path === MODEL && r.method === 'GET' && r.range);
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.every((r) => /^bytes=\d+-\d+$/.test(r.range!) && !r.range!.startsWith('bytes=0-'))).toBe(true);
    expect(resumed.reduce((n, r) => n + r.bytesSent, 0)).toBe(modelBody.length - CHUNK);
    expect(progress[0].downloadedBytes).toBeGreaterThanOrEqual(CHUNK);
    expect(progress.at(-1)).toMatchObject({ downloadId: 'dl-resumed', percent: 100 });
    expect(fs.readFileSync(path.join(entryDir(), 'tiny-large.gguf')).equals(modelBody)).toBe(true);
    expect(fs.existsSync(partial())).toBe(false);

    // Cancel never removes an installed model.
    expect(await invoke('models.cancelDownload', { entryId: 'tiny-large' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(fs.existsSync(path.join(entryDir(), 'tiny-large.gguf'))).toBe(true);
  });

  it('cancel after a pause removes the kept files, by the paused download id', async () => {
    const { reply: first } = await startStalledDownload('dl-cancel');
    await invoke('models.pauseDownload', { downloadId: 'dl-cancel' });
    expect(await first).toMatchObject({ ok: true, value: { state: 'paused' } });
    expect(filesIn(entryDir())).toContain('tiny-large.gguf.ipull');

    expect(await invoke('models.cancelDownload', { downloadId: 'dl-cancel' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(filesIn(entryDir())).toEqual([]);
    expect(await invoke('models.cancelDownload', { downloadId: 'dl-cancel' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('after a restart, cancel by entry id removes what the paused download kept', async () => {
    const { reply: first } = await startStalledDownload('dl-restart');
    await invoke('models.pauseDownload', { downloadId: 'dl-restart' });
    await first;
    core.close();
    core = openLocalCore();

    expect(await invoke('models.partialDownloads', {})).toMatchObject({ ok: true, value: [{ entryId: 'tiny-large', downloadedBytes: expect.any(Number) }] });
    expect(await invoke('models.cancelDownload', { downloadId: 'dl-restart' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(fs.existsSync(partial())).toBe(true);
    expect(await invoke('models.cancelDownload', { entryId: 'tiny-large' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(filesIn(entryDir())).toEqual([]);
    expect(await invoke('models.partialDownloads', {})).toEqual({ ok: true, value: [] });
  });
});
