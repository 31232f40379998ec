import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../electron/models/model-catalog';
import { recommendModel, type MachineProfile } from '../../../electron/models/recommend-model';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';

/** Memory is reported in binary gigabytes by the OS and the GPU drivers. */
const GiB = 2 ** 30;
const catalog = loadCatalog(defaultResourcesDir());
const cpu = (ram: number): MachineProfile => ({ ramBytes: ram * GiB, vramFreeBytes: 0, gpu: false, integratedGpu: false });
const gpu = (free: number): MachineProfile => ({ ramBytes: 32 * GiB, vramFreeBytes: free * GiB, gpu: 'cuda', integratedGpu: false });

// The machines the issue names, with the pick each should get and the words that say why.
const table: Array<[string, MachineProfile, string, 'gpu' | 'cpu', RegExp]> = [
  ['CPU only, 8 GB RAM', cpu(8), 'qwen3-vl-2b', 'cpu', /No graphics card was found; with 8\.6 GB of memory, Qwen3-VL 2B/],
  ['CPU only, 16 GB RAM', cpu(16), 'qwen3-vl-4b', 'cpu', /with 17\.2 GB of memory, Qwen3-VL 4B/],
  ['GPU, 4 GB free', gpu(4), 'qwen3-vl-2b', 'gpu', /4\.3 GB of video memory free; Qwen3-VL 2B needs about/],
  ['GPU, 6 GB free', gpu(6), 'qwen3-vl-4b', 'gpu', /Qwen3-VL 4B needs about/],
  ['GPU, 8 GB free', gpu(8), 'qwen3-vl-8b', 'gpu', /Qwen3-VL 8B needs about 7\.\d GB/],
  ['GPU, 12 GB free', gpu(12), 'qwen3-vl-8b', 'gpu', /strongest model that fits/],
  ['GPU, 24 GB free', gpu(24), 'qwen3-vl-8b', 'gpu', /strongest model that fits/],
  ['GPU with 1 GB free, 32 GB RAM', gpu(1), 'qwen3-vl-4b', 'cpu', /only 1\.1 GB of video memory free/],
  ['Apple M2, 16 GB unified', { ramBytes: 16 * GiB, vramFreeBytes: 11 * GiB, gpu: 'metal', integratedGpu: true }, 'qwen3-vl-4b', 'gpu', /Apple GPU shares the computer's 17\.2 GB/],
  ['netbook, 2 GB (the smallest estimate: Qwen3.5 keeps KV on few layers)', cpu(2), 'qwen3.5-2b', 'cpu', /less than any model needs/],
];

describe('recommendModel', () => {
  it.each(table)('%s → %s', (_name, machine, entryId, runsOn, reason) => {
    const r = recommendModel(catalog, machine);
    expect(r.entry.id).toBe(entryId);
    expect(r.runsOn).toBe(runsOn);
    expect(r.reason).toMatch(reason);
    expect(r.reason.split(/(?<=\.) /).length, 'one sentence').toBe(1);
  });

  it('recommends by free video memory, not total: a 24 GB card with 3 GB free gets a small model', () => {
    const busy = recommendModel(catalog, gpu(3));
    expect(busy.memory.bytes).toBeLessThanOrEqual(3 * GiB);
    expect(busy.entry.id).not.toBe('qwen3-vl-8b');
  });

  it('counts the KV cache of the context and slots the engine launches with (8192 tokens)', () => {
    const r = recommendModel(catalog, gpu(8));
    // Qwen3-VL 8B: 36 layers × 8 KV heads × 128 × K+V × f16 = 147,456 bytes per token.
    expect(r.memory.kvCacheBytes).toBe(8192 * 147_456);
    expect(r.memory.bytes).toBeGreaterThan(r.entry.model.sizeBytes + r.entry.mmproj.sizeBytes + r.memory.kvCacheBytes);
  });

  it('offers a non-commercial model only when the owner chose to see them', () => {
    const noncommercial = catalog.entries.filter((e) => e.licence.commercialUse === 'no').map((e) => e.id);
    expect(noncommercial.length).toBeGreaterThan(0);
    for (let gb = 1; gb <= 64; gb *= 2) {
      expect(noncommercial, `${gb} GB`).not.toContain(recommendModel(catalog, gpu(gb)).entry.id);
      expect(noncommercial, `${gb} GB`).not.toContain(recommendModel(catalog, cpu(gb)).entry.id);
    }
  });

  it('never puts a model that is not CPU-friendly on a machine without a GPU', () => {
    for (let gb = 1; gb <= 128; gb *= 2) {
      expect(recommendModel(catalog, cpu(gb)).entry.cpuFriendly, `${gb} GB`).toBe(true);
    }
  });
});
