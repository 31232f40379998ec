import { describe, expect, it } from 'vitest';
import { describeBackendOutcome, summariseBackendChoice } from '../../../../electron/engine/backends/describe-backend-outcome';

const vulkan = { name: 'vulkan', origin: 'package', library: '/x/libggml-vulkan.so' } as const;
const cuda = { name: 'cuda', origin: 'package', library: '/x/libggml-cuda.so' } as const;

describe('describeBackendOutcome', () => {
  it('says why a GPU backend was given up', () => {
    expect(describeBackendOutcome(vulkan, { kind: 'failed_to_start', error: { code: 'out_of_memory', message: 'no memory' } })).toBe('Vulkan device found but out of memory');
    expect(describeBackendOutcome(vulkan, { kind: 'no_layers', devices: ['Vulkan0 (Radeon)'] })).toBe('Vulkan device found but out of memory');
    expect(describeBackendOutcome(vulkan, { kind: 'failed_to_start', error: { code: 'crashed', message: 'The engine crashed (SIGSEGV)' } })).toBe(
      'Vulkan backend crashed while loading the model',
    );
    expect(describeBackendOutcome(cuda, { kind: 'unloadable', reason: 'libcudart.so.13: cannot open shared object file' })).toBe(
      'CUDA backend could not load (libcudart.so.13: cannot open shared object file)',
    );
    expect(describeBackendOutcome(vulkan, { kind: 'crashed_at_load', signal: 'SIGSEGV' })).toBe('Vulkan backend crashed while loading (SIGSEGV)');
    expect(describeBackendOutcome(vulkan, { kind: 'probe_failed', reason: 'HTTP 500' })).toBe('Vulkan device failed a test computation (HTTP 500)');
    expect(describeBackendOutcome(vulkan, { kind: 'ok' })).toBeUndefined();
  });
});

describe('summariseBackendChoice', () => {
  it('joins the reasons into one note that ends with what runs instead', () => {
    expect(summariseBackendChoice(['Vulkan device found but out of memory'], 'CPU')).toBe('Vulkan device found but out of memory: using CPU');
    expect(summariseBackendChoice(['No CUDA device found', 'No Vulkan device found'], 'CPU')).toBe('No CUDA or Vulkan device found: using CPU');
    expect(summariseBackendChoice(['CUDA device found but out of memory'], 'Vulkan')).toBe('CUDA device found but out of memory: using Vulkan');
    expect(summariseBackendChoice([], 'Vulkan')).toBeUndefined();
  });
});
