import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../electron/models/model-catalog';
import { recommendModel, type MachineProfile } from '../../../electron/models/recommend-model';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';

const GB = 1e9;
const catalog = loadCatalog(defaultResourcesDir());

const machines: Array<[string, MachineProfile, string, 'gpu' | 'cpu', RegExp]> = [
  ['2-core laptop, 8 GB, no GPU', { ramBytes: 8 * GB, vramBytes: 0, gpu: false }, 'smolvlm2-2.2b', 'cpu', /No supported graphics card.*over a minute/],
  ['desktop, 64 GB, no GPU', { ramBytes: 64 * GB, vramBytes: 0, gpu: false }, 'smolvlm2-2.2b', 'cpu', /No supported graphics card/],
  ['old laptop, 3 GB, no GPU', { ramBytes: 3 * GB, vramBytes: 0, gpu: false }, 'smolvlm2-500m', 'cpu', /SmolVLM2 500M/],
  ['netbook, 1 GB', { ramBytes: 1 * GB, vramBytes: 0, gpu: false }, 'smolvlm2-500m', 'cpu', /less than any model needs/],
  ['RTX 3060 12 GB (CUDA)', { ramBytes: 32 * GB, vramBytes: 12 * GB, gpu: 'cuda' }, 'qwen2.5-vl-7b', 'gpu', /NVIDIA graphics card has 12\.0 GB.*strongest model in the list/],
  ['RTX 3070 8 GB (CUDA)', { ramBytes: 16 * GB, vramBytes: 8 * GB, gpu: 'cuda' }, 'qwen2.5-vl-7b', 'gpu', /strongest model in the list/],
  ['RTX 2060 6 GB (CUDA)', { ramBytes: 16 * GB, vramBytes: 6 * GB, gpu: 'cuda' }, 'gemma-3-4b', 'gpu', /Gemma 3 4B is the strongest model that fits/],
  ['GTX 1650 4 GB (Vulkan)', { ramBytes: 16 * GB, vramBytes: 4 * GB, gpu: 'vulkan' }, 'gemma-3-4b', 'gpu', /graphics card has 4\.0 GB/],
  ['GTX 1050 2 GB (CUDA)', { ramBytes: 8 * GB, vramBytes: 2 * GB, gpu: 'cuda' }, 'smolvlm2-2.2b', 'cpu', /only 2\.0 GB of video memory/],
  ['M2 MacBook Air 16 GB (Metal)', { ramBytes: 16 * GB, vramBytes: 10.7 * GB, gpu: 'metal' }, 'qwen2.5-vl-7b', 'gpu', /Apple GPU/],
  ['M1 8 GB (Metal)', { ramBytes: 8 * GB, vramBytes: 5.3 * GB, gpu: 'metal' }, 'gemma-3-4b', 'gpu', /Apple GPU has 5\.3 GB/],
  ['GPU reported with 0 bytes', { ramBytes: 16 * GB, vramBytes: 0, gpu: 'vulkan' }, 'smolvlm2-2.2b', 'cpu', /No supported graphics card/],
];

describe('recommendModel', () => {
  it.each(machines)('%s → %s', (_name, machine, entryId, runsOn, reason) => {
    const r = recommendModel(catalog, machine);
    expect(r.entry.id).toBe(entryId);
    expect(r.runsOn).toBe(runsOn);
    expect(r.reason).toMatch(reason);
    expect(r.reason).toContain(r.entry.name);
  });

  it('never puts a model that is not CPU-friendly on a machine without a GPU', () => {
    for (let gb = 1; gb <= 128; gb *= 2) {
      const r = recommendModel(catalog, { ramBytes: gb * GB, vramBytes: 0, gpu: false });
      expect(r.entry.cpuFriendly, `${gb} GB`).toBe(true);
    }
  });
});
