import { describe, expect, it } from 'vitest';
import { isIntegratedGpu } from '../../../electron/models/integrated-gpu';

describe('isIntegratedGpu', () => {
  it.each([
    ['metal', ['Apple M2'], true],
    ['vulkan', ['Intel(R) UHD Graphics 620'], true],
    ['vulkan', ['AMD Radeon(TM) Graphics'], true],
    ['vulkan', ['AMD Radeon RX 6700 XT'], false],
    ['vulkan', ['Intel(R) UHD Graphics 630', 'NVIDIA GeForce RTX 3060'], false],
    ['cuda', ['NVIDIA GeForce RTX 3060'], false],
    [false, [], false],
  ] as const)('%s %j → %s', (gpu, names, integrated) => {
    expect(isIntegratedGpu(gpu, names)).toBe(integrated);
  });
});
