import { describe, expect, it } from 'vitest';
import { backendLibraryName, gpuBackendOfLibrary, isCpuVariantLibrary } from '../../../../electron/engine/backends/backend-files';

describe('backend library names', () => {
  it('tells GPU backends from the base library and the CPU variants', () => {
    expect(['libggml-vulkan.so', 'ggml-cuda.dll', 'libggml-metal.dylib', 'libggml-base.so', 'libggml-cpu.so', 'libggml-cpu-haswell.so'].map(gpuBackendOfLibrary)).toEqual([
      'vulkan',
      'cuda',
      'metal',
      undefined,
      undefined,
      undefined,
    ]);
    expect(['libggml-cpu-haswell.so', 'libggml-cpu-armv8.2_1.so', 'ggml-cpu-x64.dll', 'libggml-cpu.so', 'libggml-vulkan.so'].map(isCpuVariantLibrary)).toEqual([true, true, true, false, false]);
  });

  it('names each platform’s backend file as ggml looks for it', () => {
    expect([backendLibraryName('vulkan', 'linux'), backendLibraryName('vulkan', 'win32'), backendLibraryName('metal', 'darwin')]).toEqual([
      'libggml-vulkan.so',
      'ggml-vulkan.dll',
      'libggml-metal.dylib',
    ]);
  });
});
