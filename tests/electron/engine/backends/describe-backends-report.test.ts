import { describe, expect, it } from 'vitest';
import { describeBackendsReport, expectedEngineChoice } from '../../../../electron/engine/backends/describe-backends-report';
import type { BackendsReport, InspectedBackend } from '../../../../electron/engine/backends/inspect-backends';
import { parseDeviceList } from '../../../../electron/engine/backends/list-backend-devices';

// `llama-server --list-devices` as llama.cpp 80fb11a prints it (see list-backend-devices.ts).
const lavapipe = parseDeviceList('Available devices:\n  Vulkan0: llvmpipe (LLVM 15.0.6, 256 bits) (2048 MiB, 2048 MiB free)\n');
const h200 = parseDeviceList('Available devices:\n  CUDA0: NVIDIA H200 (143771 MiB, 142000 MiB free)\n');

const cudaNoRuntime: InspectedBackend = {
  name: 'cuda',
  origin: 'package',
  library: '/c/bin/backends/cuda-package/libggml-cuda.so',
  listing: { ok: false, reason: 'libcudart.so.13: cannot open shared object file: No such file or directory' },
};
const vulkanHidden: InspectedBackend = { name: 'vulkan', origin: 'package', library: '/c/bin/backends/vulkan-package/libggml-vulkan.so', listing: { ok: true, devices: [] } };
const vulkanLavapipe: InspectedBackend = { ...vulkanHidden, listing: { ok: true, devices: lavapipe } };
const dlReport = (backends: InspectedBackend[], extra: Partial<BackendsReport> = {}): BackendsReport => ({
  binary: '/c/bin/llama-server',
  linkage: 'backend-dl',
  backends,
  softwareVulkanShown: false,
  ...extra,
});

describe('expectedEngineChoice', () => {
  it('names the first backend that sees a device, and its devices', () => {
    expect(expectedEngineChoice(dlReport([cudaNoRuntime, vulkanLavapipe], { softwareVulkanShown: true }))).toBe('Vulkan on Vulkan0 (if the model fits in its memory)');
    const cuda = { ...cudaNoRuntime, listing: { ok: true as const, devices: h200 } };
    expect(expectedEngineChoice(dlReport([cuda, vulkanLavapipe]))).toBe('CUDA on CUDA0 (if the model fits in its memory)');
  });

  it('names the static CPU build and why, when no backend sees a device and it is cached', () => {
    expect(expectedEngineChoice(dlReport([cudaNoRuntime, vulkanHidden], { cpuFallback: '/c/static/llama-server' }))).toBe(
      'No Vulkan device found; CUDA backend could not load (libcudart.so.13: cannot open shared object file: No such file or directory): using the CPU build (/c/static/llama-server)',
    );
    expect(expectedEngineChoice(dlReport([vulkanHidden]))).toBe('No Vulkan device found: using CPU');
  });

  it('says a static build runs where it was compiled to', () => {
    expect(expectedEngineChoice({ binary: '/c/s/llama-server', linkage: 'static', backends: [], softwareVulkanShown: false })).toBe('the CPU (or the GPU this build was compiled for)');
  });
});

describe('describeBackendsReport', () => {
  it('lists every backend with the devices it sees, where it came from, and the choice last', () => {
    const lines = describeBackendsReport(dlReport([cudaNoRuntime, vulkanLavapipe], { softwareVulkanShown: true, cpuFallback: '/c/static/llama-server' }));
    expect(lines).toEqual([
      { label: 'Backends', detail: '2 GPU backend(s) beside llama-server, and the CPU' },
      { label: 'CUDA backend', detail: `could not load (libcudart.so.13: cannot open shared object file: No such file or directory) [node-llama-cpp's package: ${cudaNoRuntime.library}]` },
      { label: 'Vulkan backend', detail: `Vulkan0 llvmpipe (LLVM 15.0.6, 256 bits), 2048 of 2048 MiB free [node-llama-cpp's package: ${vulkanHidden.library}]` },
      { label: 'CPU build', detail: '/c/static/llama-server (faster on this processor than the CPU code beside the GPU backends)' },
      { label: 'Engine will use', detail: 'Vulkan on Vulkan0 (if the model fits in its memory)' },
    ]);
  });

  it('flags a backend that crashed while loading, and says when software Vulkan devices are hidden', () => {
    const crashed: InspectedBackend = { ...vulkanHidden, origin: 'source', listing: { ok: false, reason: 'crashed (SIGSEGV)', crashed: 'SIGSEGV' } };
    const lines = describeBackendsReport(dlReport([crashed]));
    expect(lines.find((l) => l.label === 'Vulkan backend')).toMatchObject({ warn: true, detail: expect.stringMatching(/^could not load \(crashed \(SIGSEGV\)\) \[built here: /) });
    expect(lines).toContainEqual({ label: 'Note', detail: 'software Vulkan devices such as lavapipe are hidden unless GGML_VK_VISIBLE_DEVICES is set' });
    expect(lines.at(-1)).toEqual({ label: 'Engine will use', detail: 'Vulkan (built here) backend crashed while loading (SIGSEGV): using CPU' });
  });

  it('says a static build has no loadable backends', () => {
    expect(describeBackendsReport({ binary: '/c/s/llama-server', linkage: 'static', backends: [], softwareVulkanShown: false })).toEqual([
      { label: 'Backends', detail: 'CPU only: this llama-server is the static build, with no loadable GPU backends' },
      { label: 'Engine will use', detail: 'the CPU (or the GPU this build was compiled for)' },
    ]);
  });
});
