import { describe, expect, it } from 'vitest';
import { createGpuProbe, readGpuInfo, type GpuInfo } from '../../../electron/models/gpu-info';

describe('readGpuInfo (node-llama-cpp getLlama, prebuilt backends only)', () => {
  it('returns the GPU type or false, device names and VRAM, consistently', async () => {
    const info = await readGpuInfo();
    expect(Object.keys(info).sort()).toEqual(expect.arrayContaining(['deviceNames', 'gpu', 'vramFreeBytes', 'vramTotalBytes']));
    if (info.gpu === false) {
      // This 2-core CI box: CPU backend only.
      expect(info).toMatchObject({ gpu: false, deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 });
      expect(info.unavailableReason).toBeUndefined();
    } else {
      expect(['cuda', 'vulkan', 'metal']).toContain(info.gpu);
      expect(info.deviceNames.length).toBeGreaterThan(0);
      expect(info.vramTotalBytes).toBeGreaterThan(0);
      expect(info.vramFreeBytes).toBeLessThanOrEqual(info.vramTotalBytes);
    }
  }, 30_000);
});

describe('createGpuProbe', () => {
  it('asks node-llama-cpp once per probe and hands every caller the same answer', async () => {
    let calls = 0;
    const probe = createGpuProbe(() => {
      calls++;
      return readGpuInfo();
    });
    const [a, b] = await Promise.all([probe.read(), probe.read()]);
    const c: GpuInfo = await probe.read();
    expect(calls).toBe(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  }, 30_000);
});
