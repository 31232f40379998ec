import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGgufFacts } from '../../../electron/models/gguf-facts';
import { createGpuProbe, type GpuInfo } from '../../../electron/models/gpu-info';
import { loadCatalog, type Catalog } from '../../../electron/models/model-catalog';
import { createModelService, type ModelService } from '../../../electron/models/model-service';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { kvBytesPerToken } from '../../../electron/models/estimate-model-memory';
import { tinyModelPair } from '../../helpers/tiny-model';
import { startRangeFileServer, type RangeFileServer } from './range-file-server';

const resourcesDir = defaultResourcesDir();
const tiny = tinyModelPair();
const GiB = 2 ** 30;
let server: RangeFileServer;
let libraryDir: string;
const services: ModelService[] = [];

/** One entry whose shape the catalog does not know, downloadable from 127.0.0.1. */
function catalog(): Catalog {
  const template = loadCatalog(resourcesDir).entries.find((e) => e.id === 'smolvlm2-500m')!;
  const file = (p: string, body: Buffer) => ({ url: server.url(p), fileName: path.posix.basename(p), sizeBytes: body.length, sizeIsApproximate: false, sha256: null, quantization: 'F32' });
  return {
    version: 2,
    entries: [{ ...template, id: 'tiny', name: 'Tiny', model: file('/t/tiny.gguf', fs.readFileSync(tiny.model)), mmproj: file('/t/tiny-mmproj.gguf', fs.readFileSync(tiny.mmproj)) }],
  };
}

function openService(gpu: GpuInfo): ModelService {
  const service = createModelService({ libraryDir, resourcesDir, catalog: catalog(), gpuProbe: createGpuProbe(async () => gpu) });
  services.push(service);
  return service;
}

const noGpu: GpuInfo = { gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 };

beforeEach(async () => {
  libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-service-'));
  server = await startRangeFileServer({ '/t/tiny.gguf': { body: fs.readFileSync(tiny.model) }, '/t/tiny-mmproj.gguf': { body: fs.readFileSync(tiny.mmproj) } });
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await server.close();
  fs.rmSync(libraryDir, { recursive: true, force: true });
});

describe('model service recommendation', () => {
  it('estimates from the catalog before download and from the GGUF header once the file is on disk', async () => {
    const service = openService(noGpu);
    const before = (await service.recommend()).recommendation.memory;
    expect(before.shapeKnown).toBe(false);

    await service.download({ entryId: 'tiny' }, () => undefined);
    const after = (await service.recommend()).recommendation.memory;
    const header = (await readGgufFacts(path.join(libraryDir, 'models', 'tiny', 'tiny.gguf'))).shape!;
    expect(after.shapeKnown).toBe(true);
    expect(after.kvCacheBytes).toBe(8192 * kvBytesPerToken(header)!);
    expect(after.bytes).toBeLessThan(before.bytes);
  });

  it('recommends by free video memory: a 24 GB card with 0.2 GB free runs the model on the processor', async () => {
    const busy = await openService({ gpu: 'cuda', deviceNames: ['NVIDIA GeForce RTX 4090'], vramTotalBytes: 24 * GiB, vramFreeBytes: 0.2 * GiB }).recommend();
    expect(busy.machine.vramFreeBytes).toBe(0.2 * GiB);
    expect(busy.recommendation.runsOn).toBe('cpu');
    expect(busy.recommendation.reason).toMatch(/only 0\.2 GB of video memory free/);
  });

  it('treats an integrated GPU as sharing system memory', async () => {
    const r = await openService({ gpu: 'vulkan', deviceNames: ['Intel(R) UHD Graphics 620'], vramTotalBytes: 8 * GiB, vramFreeBytes: 8 * GiB }).recommend();
    expect(r.machine.integratedGpu).toBe(true);
    expect(r.recommendation.reason).toMatch(/shares the computer's .* of memory/);
  });
});
