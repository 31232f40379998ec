import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decideEngineBuild,
  nvidiaGpusFromSmi,
  parseVulkanSummary,
  usableVulkanGpus,
  type GpuFacts,
} from '../../../tooling/llama-server-build/decide-engine-build';

/** Outputs of vulkaninfo and nvidia-smi (see gpu-tool-outputs/README.md for where each came from). */
const output = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'gpu-tool-outputs', name), 'utf8');
const lavapipe = output('vulkaninfo-lavapipe.txt');
const noGpu: GpuFacts = { platform: 'linux', nvidiaDeviceNode: false, vulkanSummary: lavapipe };

describe('parseVulkanSummary', () => {
  it('reads every device with its type, lavapipe included', () => {
    expect(parseVulkanSummary(lavapipe)).toEqual([{ name: 'llvmpipe (LLVM 15.0.6, 256 bits)', type: 'PHYSICAL_DEVICE_TYPE_CPU' }]);
    expect(parseVulkanSummary(output('vulkaninfo-laptop-intel-nvidia.txt')).map((d) => d.type)).toEqual([
      'PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU',
      'PHYSICAL_DEVICE_TYPE_DISCRETE_GPU',
      'PHYSICAL_DEVICE_TYPE_CPU',
    ]);
  });

  it('keeps only real GPUs as usable', () => {
    expect(usableVulkanGpus(lavapipe)).toEqual([]);
    expect(usableVulkanGpus(output('vulkaninfo-laptop-intel-nvidia.txt')).map((d) => d.name)).toEqual(['Intel(R) Graphics (RPL-U)', 'NVIDIA GeForce MX570 A']);
    expect(usableVulkanGpus(undefined)).toEqual([]);
  });
});

describe('nvidiaGpusFromSmi', () => {
  it('names each GPU nvidia-smi lists, and none when the driver is not loaded', () => {
    expect(nvidiaGpusFromSmi(output('nvidia-smi-L-h200.txt'))).toEqual(['NVIDIA H200']);
    expect(nvidiaGpusFromSmi(output('nvidia-smi-L-two.txt'))).toEqual(['NVIDIA GeForce RTX 4070', 'NVIDIA GeForce RTX 4070']);
    expect(nvidiaGpusFromSmi(output('nvidia-smi-L-no-driver.txt'))).toEqual([]);
  });
});

describe('decideEngineBuild', () => {
  it('builds the CPU server tuned for this processor when Vulkan sees only lavapipe', () => {
    expect(decideEngineBuild(noGpu)).toEqual({
      linkages: ['static'],
      reason: 'No GPU found (Vulkan sees only llvmpipe (LLVM 15.0.6, 256 bits), which computes on the CPU): building the CPU llama-server tuned for this processor',
    });
  });

  it('builds the loadable-backend server where nvidia-smi lists a GPU, or the driver has a device node', () => {
    expect(decideEngineBuild({ ...noGpu, nvidiaSmiList: output('nvidia-smi-L-h200.txt') })).toEqual({
      linkages: ['backend-dl'],
      reason: 'NVIDIA GPU found (NVIDIA H200): building llama-server with loadable GPU backends',
    });
    expect(decideEngineBuild({ ...noGpu, nvidiaDeviceNode: true, vulkanSummary: undefined })).toEqual({
      linkages: ['backend-dl'],
      reason: 'NVIDIA GPU found: building llama-server with loadable GPU backends',
    });
  });

  it('does not count nvidia-smi without a driver as a GPU', () => {
    expect(decideEngineBuild({ ...noGpu, nvidiaSmiList: output('nvidia-smi-L-no-driver.txt') }).linkages).toEqual(['static']);
  });

  it('builds the loadable-backend server for a Vulkan GPU, integrated ones too', () => {
    expect(decideEngineBuild({ ...noGpu, vulkanSummary: output('vulkaninfo-amd-integrated.txt') })).toEqual({
      linkages: ['backend-dl'],
      reason: 'Vulkan GPU found (AMD Radeon Graphics (RADV RAPHAEL_MENDOCINO)): building llama-server with loadable GPU backends',
    });
    expect(decideEngineBuild({ ...noGpu, platform: 'win32', vulkanSummary: output('vulkaninfo-laptop-intel-nvidia.txt') }).linkages).toEqual(['backend-dl']);
  });

  it('says how to get the GPU build when vulkaninfo is missing', () => {
    const decision = decideEngineBuild({ platform: 'linux', nvidiaDeviceNode: false });
    expect(decision.linkages).toEqual(['static']);
    expect(decision.reason).toMatch(/vulkaninfo is not installed.*install vulkan-tools, or set LISTING_STUDIO_ENGINE_BUILD=dl/);
  });

  it('builds the static server on macOS, which carries Metal', () => {
    expect(decideEngineBuild({ platform: 'darwin', nvidiaDeviceNode: false })).toEqual({ linkages: ['static'], reason: 'macOS: building llama-server with Metal built in' });
  });

  it('lets LISTING_STUDIO_ENGINE_BUILD choose, and says when its value is not known', () => {
    expect(decideEngineBuild({ ...noGpu, override: 'dl' })).toEqual({
      linkages: ['backend-dl'],
      reason: 'LISTING_STUDIO_ENGINE_BUILD=dl: building llama-server with loadable GPU backends',
    });
    expect(decideEngineBuild({ ...noGpu, override: 'both' }).linkages).toEqual(['backend-dl', 'static']);
    expect(decideEngineBuild({ ...noGpu, nvidiaSmiList: output('nvidia-smi-L-h200.txt'), override: 'Static' }).linkages).toEqual(['static']);
    const unknown = decideEngineBuild({ ...noGpu, override: 'gpu' });
    expect(unknown.linkages).toEqual(['static']);
    expect(unknown.reason).toMatch(/\(LISTING_STUDIO_ENGINE_BUILD=gpu is not one of static, dl, both: ignored\)$/);
  });
});
