import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../../electron/models/model-catalog';
import { createGpuProbe } from '../../../electron/models/gpu-info';
import { createModelService, type ModelService } from '../../../electron/models/model-service';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { sha256OfFile } from '../../../electron/models/verify-file-hash';
import { AppError } from '../../../shared/errors';
import { tinyModelPair } from '../../helpers/tiny-model';
import { DOWNLOAD_CHUNK as CHUNK, largeTinyModel } from './large-tiny-model';
import { startRangeFileServer, type RangeFileServer } from './range-file-server';

const resourcesDir = defaultResourcesDir();
const template = loadCatalog(resourcesDir).entries.find((e) => e.id === 'smolvlm2-500m')!;
const modelBody = largeTinyModel();
const mmprojBody = fs.readFileSync(tinyModelPair().mmproj);
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const MODEL = '/hf/tiny-large.gguf';
const MMPROJ = '/hf/tiny-mmproj.gguf';

let server: RangeFileServer;
let libraryDir: string;
const services: ModelService[] = [];

/** The catalog publishes the true files' sizes and hashes; the server may send something else. */
function catalog(opts: { approximateSize?: boolean } = {}): Catalog {
  const file = (p: string, body: Buffer) => ({
    url: server.url(p),
    fileName: path.posix.basename(p),
    sizeBytes: body.length,
    sizeIsApproximate: opts.approximateSize ?? false,
    sha256: sha(body),
    quantization: 'F32',
  });
  return { version: 2, entries: [{ ...template, id: 'tiny-large', name: 'Tiny Large', model: file(MODEL, modelBody), mmproj: file(MMPROJ, mmprojBody) }] };
}

function openService(c = catalog()): ModelService {
  const gpuProbe = createGpuProbe(async () => ({ gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 }));
  const service = createModelService({ libraryDir, resourcesDir, catalog: c, gpuProbe });
  services.push(service);
  return service;
}

async function failure(run: Promise<unknown>): Promise<AppError> {
  const err = await run.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const entryDir = () => path.join(libraryDir, 'models', 'tiny-large');
const filesIn = () => (fs.existsSync(entryDir()) ? fs.readdirSync(entryDir()) : []);

beforeEach(async () => {
  libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'models-verify-'));
  server = await startRangeFileServer({ [MODEL]: { body: modelBody }, [MMPROJ]: { body: mmprojBody } });
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await server.close();
  fs.rmSync(libraryDir, { recursive: true, force: true });
});

describe('sha256OfFile', () => {
  it('hashes a file as crypto does', async () => {
    const file = path.join(libraryDir, 'x.bin');
    fs.writeFileSync(file, modelBody);
    expect(await sha256OfFile(file)).toBe(sha(modelBody));
  });
});

describe('a download is verified against the catalog’s size and SHA-256 over real HTTP', () => {
  it('installs a file whose bytes match the published hash', async () => {
    const result = await openService().download({ entryId: 'tiny-large' }, () => undefined);
    expect(result.state).toBe('installed');
    expect(filesIn().sort()).toEqual(['tiny-large.gguf', 'tiny-mmproj.gguf']);
  });

  it('removes a file with one corrupted byte and says so plainly', async () => {
    const corrupted = Buffer.from(modelBody);
    corrupted[corrupted.length - 100] ^= 0xff;
    server.set(MODEL, { body: corrupted });
    const service = openService();
    const err = await failure(service.download({ entryId: 'tiny-large' }, () => undefined));
    expect(err.code).toBe('model_invalid');
    expect(err.message).toMatch(/^tiny-large\.gguf is damaged: its SHA-256 checksum \([0-9a-f]{12}…\) does not match the published one \([0-9a-f]{12}…\), so it has been removed\. Download it again\.$/);
    expect(filesIn()).not.toContain('tiny-large.gguf');
    expect(service.installed()).toEqual([]);
  });

  it('removes a truncated file: by size when the catalog size is exact', async () => {
    server.set(MODEL, { body: modelBody.subarray(0, modelBody.length - 4096) });
    const err = await failure(openService().download({ entryId: 'tiny-large' }, () => undefined));
    expect(err.message).toBe(`tiny-large.gguf has ${modelBody.length - 4096} bytes but the catalog expects ${modelBody.length}: it is not the published file, so it has been removed. Try again later; if it keeps happening, the model's publisher changed the file.`);
    expect(filesIn()).not.toContain('tiny-large.gguf');
  });

  it('removes a truncated file: by hash when the catalog size is only approximate', async () => {
    server.set(MODEL, { body: modelBody.subarray(0, modelBody.length - 4096) });
    const err = await failure(openService(catalog({ approximateSize: true })).download({ entryId: 'tiny-large' }, () => undefined));
    expect(err.message).toMatch(/^tiny-large\.gguf is damaged: its SHA-256 checksum/);
    expect(filesIn()).not.toContain('tiny-large.gguf');
  });

  it('verifies across a pause and an app restart: the resumed file passes, and a kept byte damaged on disk is caught', async () => {
    const partial = path.join(entryDir(), 'tiny-large.gguf.ipull');
    const pauseAfterFirstChunk = async () => {
      server.set(MODEL, { body: modelBody, stallRangesFrom: [CHUNK, 2 * CHUNK] });
      const first = openService();
      const paused = first.download({ entryId: 'tiny-large' }, () => undefined);
      await until(() => fs.existsSync(partial) && fs.statSync(partial).size > modelBody.length, 'the saved chunk map');
      await first.close(); // what quitting the app does
      expect(await paused).toMatchObject({ state: 'paused' });
      server.set(MODEL, { body: modelBody });
    };

    // 1. Pause, restart (a new service over the same library), resume: the hash of the whole file matches.
    await pauseAfterFirstChunk();
    const resumedFrom = server.requests.length;
    const resumed = await openService().download({ entryId: 'tiny-large' }, () => undefined);
    expect(resumed.state).toBe('installed');
    const ranges = server.requests.slice(resumedFrom).filter((r) => r.path === MODEL && r.method === 'GET' && r.range);
    expect(ranges.every((r) => !r.range!.startsWith('bytes=0-')), 'the kept chunk was not fetched again').toBe(true);
    expect(await sha256OfFile(path.join(entryDir(), 'tiny-large.gguf'))).toBe(sha(modelBody));

    // 2. Same again, but a byte of the kept first chunk is damaged on disk while the app is closed.
    fs.rmSync(libraryDir, { recursive: true, force: true });
    await pauseAfterFirstChunk();
    const fd = fs.openSync(partial, 'r+');
    fs.writeSync(fd, Buffer.from([0x5a]), 0, 1, 1000);
    fs.closeSync(fd);
    const err = await failure(openService().download({ entryId: 'tiny-large' }, () => undefined));
    expect(err.message).toMatch(/^tiny-large\.gguf is damaged: its SHA-256 checksum .* so it has been removed\. Download it again\.$/);
    expect(filesIn()).not.toContain('tiny-large.gguf');
  });
});
