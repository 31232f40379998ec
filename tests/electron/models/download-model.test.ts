import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../../electron/models/model-catalog';
import { createGpuProbe } from '../../../electron/models/gpu-info';
import { createModelService, type DownloadProgressEvent, type ModelService } from '../../../electron/models/model-service';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { AppError } from '../../../shared/errors';
import { tinyModelPair } from '../../helpers/tiny-model';
import { startRangeFileServer, type RangeFileServer } from './range-file-server';

const resourcesDir = defaultResourcesDir();
const tiny = tinyModelPair();
const modelBody = fs.readFileSync(tiny.model);
const mmprojBody = fs.readFileSync(tiny.mmproj);
const template = loadCatalog(resourcesDir).entries.find((e) => e.id === 'smolvlm2-500m')!;

let server: RangeFileServer;
let libraryDir: string;
const services: ModelService[] = [];

/** A catalog whose one entry downloads from the local server (the real one points at Hugging Face). */
function localCatalog(modelPath = '/tiny/tiny.gguf', mmprojPath = '/tiny/tiny-mmproj.gguf'): Catalog {
  const file = (p: string) => ({ url: server.url(p), fileName: path.posix.basename(p), sizeBytes: 1, sizeIsApproximate: true, sha256: null, quantization: 'F32' });
  return { version: 2, entries: [{ ...template, id: 'tiny-vlm', name: 'Tiny VLM', model: file(modelPath), mmproj: file(mmprojPath) }] };
}

function openService(catalog = localCatalog()): ModelService {
  // The GPU is not part of downloads; a fixed answer keeps node-llama-cpp's native backend unloaded.
  const gpuProbe = createGpuProbe(async () => ({ gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 }));
  const service = createModelService({ libraryDir, resourcesDir, catalog, gpuProbe });
  services.push(service);
  return service;
}

async function failure(run: Promise<unknown>): Promise<AppError> {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const entryDir = () => path.join(libraryDir, 'models', 'tiny-vlm');
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
const rangedGets = (p: string) => server.requests.filter((r) => r.path === p && r.method === 'GET' && r.range);

beforeEach(async () => {
  libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'models-download-'));
  server = await startRangeFileServer({
    '/tiny/tiny.gguf': { body: modelBody },
    '/tiny/tiny-mmproj.gguf': { body: mmprojBody },
  });
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await server.close();
  fs.rmSync(libraryDir, { recursive: true, force: true });
});

describe('models download through node-llama-cpp’s downloader', () => {
  it('downloads model + mmproj over http://127.0.0.1, reports rising progress to 100 % and records the pair', async () => {
    const service = openService();
    const events: DownloadProgressEvent[] = [];
    const result = await service.download({ entryId: 'tiny-vlm', downloadId: 'dl-1' }, (e) => events.push(e));

    expect(fs.readFileSync(path.join(entryDir(), 'tiny.gguf')).equals(modelBody)).toBe(true);
    expect(fs.readFileSync(path.join(entryDir(), 'tiny-mmproj.gguf')).equals(mmprojBody)).toBe(true);
    expect(result).toMatchObject({ downloadId: 'dl-1', model: { id: 'tiny-vlm', source: 'catalog', embeddingWidth: 64, widthChecked: true, projectorType: 'mlp' } });

    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((e) => e.downloadId === 'dl-1' && e.entryId === 'tiny-vlm')).toBe(true);
    for (let i = 1; i < events.length; i++) {
      expect(events[i].percent).toBeGreaterThan(events[i - 1].percent);
      expect(events[i].downloadedBytes).toBeGreaterThanOrEqual(events[i - 1].downloadedBytes);
    }
    expect(events.at(-1)).toMatchObject({ percent: 100, downloadedBytes: modelBody.length + mmprojBody.length, totalBytes: modelBody.length + mmprojBody.length });

    expect(service.installed()).toEqual([expect.objectContaining({ id: 'tiny-vlm', present: true, modelPath: path.join(entryDir(), 'tiny.gguf') })]);
    // A second service over the same library reads the list back from models.json.
    expect(openService().installed().map((m) => m.id)).toEqual(['tiny-vlm']);
  });

  it('resumes a connection dropped half-way: the retry carries a Range header and the file is byte-identical', async () => {
    server.set('/tiny/tiny.gguf', { body: modelBody, dropFirstRangeAfter: Math.floor(modelBody.length / 2) });
    await openService().download({ entryId: 'tiny-vlm' }, () => undefined);

    const gets = rangedGets('/tiny/tiny.gguf');
    expect(gets.length).toBeGreaterThanOrEqual(2);
    expect(gets[0].bytesSent).toBe(Math.floor(modelBody.length / 2));
    expect(gets[1].range).toMatch(/^bytes=\d+-\d+$/);
    expect(fs.readFileSync(path.join(entryDir(), 'tiny.gguf')).equals(modelBody)).toBe(true);
  });

  it('cancel stops the download, removes its files and records nothing', async () => {
    server.set('/tiny/tiny.gguf', { body: modelBody, throttle: { bytes: 8 * 1024, ms: 50 } });
    const service = openService();
    const done = service.download({ entryId: 'tiny-vlm', downloadId: 'dl-cancel' }, () => {
      expect(service.cancelDownload({ downloadId: 'dl-cancel' })).toEqual({ cancelled: true });
    });
    const err = await failure(done);
    expect(err.code).toBe('cancelled');
    expect(err.message).toBe('The download of Tiny VLM was cancelled and its partial files were removed.');
    expect(filesIn(entryDir())).toEqual([]);
    expect(service.installed()).toEqual([]);
    expect(service.cancelDownload({ downloadId: 'dl-cancel' })).toEqual({ cancelled: false });
  });

  it('joins a second request for the same model instead of downloading twice', async () => {
    const service = openService();
    const [a, b] = await Promise.all([
      service.download({ entryId: 'tiny-vlm', downloadId: 'first' }, () => undefined),
      service.download({ entryId: 'tiny-vlm', downloadId: 'second' }, () => undefined),
    ]);
    expect(a).toBe(b);
    expect(a.downloadId).toBe('first');
  });

  it('refuses a web page served as text/html before downloading anything', async () => {
    server.set('/tiny/tiny.gguf', { body: Buffer.from('<!DOCTYPE html><html><body>Log in</body></html>'), contentType: 'text/html; charset=utf-8' });
    const err = await failure(openService().download({ entryId: 'tiny-vlm' }, () => undefined));
    expect(err.code).toBe('model_invalid');
    expect(err.message).toMatch(/^127\.0\.0\.1:\d+ sent a web page instead of the model file tiny\.gguf: the link may need a login or be wrong\. Nothing was downloaded\.$/);
    expect(filesIn(entryDir())).toEqual([]);
  });

  it('deletes a downloaded file that turns out to be HTML, with an error naming it', async () => {
    server.set('/tiny/tiny.gguf', { body: Buffer.from('<html><body>Service unavailable</body></html>') });
    const err = await failure(openService().download({ entryId: 'tiny-vlm' }, () => undefined));
    expect(err.code).toBe('model_invalid');
    expect(err.message).toMatch(/did not send a usable model: tiny\.gguf is not a GGUF model file: it is a web page, not a model \(the server sent HTML\)\..*has been removed\.$/);
    expect(filesIn(entryDir())).not.toContain('tiny.gguf');
    expect(filesIn(entryDir()).some((f) => f.endsWith('.ipull'))).toBe(false);
  });

  it('reports a file that is gone from the server (404)', async () => {
    const err = await failure(openService(localCatalog('/tiny/moved.gguf')).download({ entryId: 'tiny-vlm' }, () => undefined));
    expect(err.code).toBe('not_found');
    expect(err.message).toMatch(/^moved\.gguf is no longer at 127\.0\.0\.1:\d+ \(HTTP 404\)/);
  });

  it('reports an unreachable host at once instead of retrying for minutes', async () => {
    const catalog = localCatalog();
    catalog.entries[0].model.url = 'http://127.0.0.1:9/tiny.gguf';
    const err = await failure(openService(catalog).download({ entryId: 'tiny-vlm' }, () => undefined));
    expect(err.code).toBe('engine_unavailable');
    expect(err.message).toMatch(/^tiny\.gguf could not be downloaded because 127\.0\.0\.1:9 cannot be reached/);
  });

  it('rejects a catalog pair whose mmproj belongs to another model and keeps neither file', async () => {
    server.set('/tiny/tiny-mmproj.gguf', { body: fs.readFileSync(tinyModelPair('mismatched').mmproj) });
    const err = await failure(openService().download({ entryId: 'tiny-vlm' }, () => undefined));
    expect(err.message).toBe('tiny-mmproj.gguf projects to 32 dimensions but tiny.gguf expects 64: this mmproj belongs to a different model.');
    expect(filesIn(entryDir())).toEqual([]);
  });
});
