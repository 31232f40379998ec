import { describe, expect, it } from 'vitest';
import type { EngineStatusData } from '../../../../shared/domain/engine';
import { describeEngine, formatBytes } from '../../../../renderer/src/setup/describe-engine';

describe('describeEngine', () => {
  it('says where a ready model runs and how many listings it writes at once', () => {
    expect(describeEngine({ state: 'ready', gpuLayers: 29, totalLayers: 29, slots: 2, devices: ['CUDA0'], restarts: 0 })).toEqual({ tone: 'ok', label: 'Ready · 29 of 29 GPU layers · 2 at a time' });
    expect(describeEngine({ state: 'ready', gpuLayers: 0, devices: [], restarts: 0 }).label).toBe('Ready · running on the processor (0 GPU layers)');
  });

  it('names the GPU backend a backend-DL build chose, and says nothing of one when it runs on the CPU', () => {
    const onVulkan = { state: 'ready', gpuLayers: 3, totalLayers: 3, slots: 2, devices: ['Vulkan0 (llvmpipe)'], restarts: 0, compute: { backend: 'vulkan' } } satisfies EngineStatusData;
    expect(describeEngine(onVulkan).label).toBe('Ready · Vulkan · 3 of 3 GPU layers · 2 at a time');
    const fellBack = { state: 'ready', gpuLayers: 0, devices: [], restarts: 0, compute: { backend: 'cpu', note: 'Vulkan device found but out of memory: using CPU' } } satisfies EngineStatusData;
    expect(describeEngine(fellBack)).toEqual({
      tone: 'ok',
      label: 'Ready · running on the processor (0 GPU layers)',
      note: 'Vulkan device found but out of memory: using CPU',
    });
  });

  it('shows starting, restarting and the crash reason', () => {
    expect(describeEngine({ state: 'starting', devices: [], restarts: 0 }).label).toBe('Starting… loading the model');
    expect(describeEngine({ state: 'starting', devices: [], restarts: 2 }).label).toBe('Restarting (attempt 3)…');
    expect(describeEngine({ state: 'crashed', devices: [], restarts: 3, error: { code: 'out_of_memory', message: 'Not enough memory for this model.' } })).toEqual({
      tone: 'bad',
      label: 'Stopped: Not enough memory for this model.',
    });
  });

  it('formats download sizes in decimal units', () => {
    expect(formatBytes(1_700_000_000)).toBe('1.7 GB');
    expect(formatBytes(840_000_000)).toBe('840 MB');
    expect(formatBytes(12_000)).toBe('12 KB');
  });
});
