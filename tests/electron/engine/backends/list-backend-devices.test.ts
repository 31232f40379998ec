import { describe, expect, it } from 'vitest';
import { loadFailure, parseDeviceList } from '../../../../electron/engine/backends/list-backend-devices';

describe('parseDeviceList', () => {
  it('reads each device llama-server --list-devices prints', () => {
    const out = [
      'Available devices:',
      '  Vulkan0: llvmpipe (LLVM 15.0.6, 256 bits) (2048 MiB, 2048 MiB free)',
      '  CUDA0: NVIDIA H200 (143771 MiB, 142000 MiB free)',
      '',
    ].join('\n');
    expect(parseDeviceList(out)).toEqual([
      { name: 'Vulkan0', description: 'llvmpipe (LLVM 15.0.6, 256 bits)', totalMiB: 2048, freeMiB: 2048 },
      { name: 'CUDA0', description: 'NVIDIA H200', totalMiB: 143771, freeMiB: 142000 },
    ]);
    expect(parseDeviceList('Available devices:\n  (none)\n')).toEqual([]);
  });

  it("keeps ggml's reason when a backend library cannot load", () => {
    const err = 'load_backend: failed to load /opt/ls/backends/cuda-package/libggml-cuda.so: libcudart.so.13: cannot open shared object file: No such file or directory';
    expect(loadFailure(`${err}\nAvailable devices:\n  (none)\n`)).toBe('libcudart.so.13: cannot open shared object file: No such file or directory');
    expect(loadFailure('Available devices:\n  (none)\n')).toBeUndefined();
  });
});
