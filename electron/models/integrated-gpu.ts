import type { GpuKind } from './recommend-model';

/**
 * Integrated graphics report "video memory" that is really system memory: Apple's unified memory
 * (Metal), and Intel or AMD APUs over Vulkan. Recommending by that figure would count the same
 * memory twice, so such a GPU is budgeted from RAM instead. Device names are all we get.
 */
export function isIntegratedGpu(gpu: GpuKind, deviceNames: readonly string[]): boolean {
  if (gpu === 'metal') return true;
  if (gpu !== 'vulkan') return false;
  return deviceNames.length > 0 && deviceNames.every((name) => /\bintel\b|\buhd\b|\biris\b|radeon\(tm\) graphics|radeon graphics|\bvega \d+ graphics|llvmpipe/i.test(name));
}
