import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProps, parseServerStartup } from '../../../electron/engine/server-log-facts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8').split('\n');

describe('parseServerStartup', () => {
  it('reads slots and per-slot context from a real CUDA startup log (H100, tiny model)', () => {
    const facts = parseServerStartup(fixture('h100-cuda-ready.log'));
    expect(facts.slots).toBe(2);
    expect(facts.contextPerSlot).toBe(4096);
  });

  it('reads what a real CUDA start on an H200 chose: every layer offloaded, 8 slots', () => {
    // Captured by scripts/gpu-check on a lent H200: a random model of LLaVA-1.5-7B's shapes, -ngl auto --fit on.
    const facts = parseServerStartup(fixture('h200-cuda-startup.log'));
    expect(facts.devices).toEqual(['CUDA0 (NVIDIA H200)']);
    expect(facts.gpuLayers).toBe(33);
    expect(facts.totalLayers).toBe(33);
    expect(facts.slots).toBe(8);
    expect(facts.contextPerSlot).toBe(4096);
    // 3725 MiB weights + 16384 MiB KV cache + compute buffers, all on CUDA0.
    expect(facts.vramBytes).toBeGreaterThan(20_000 * 2 ** 20);
  });

  it("reads a Vulkan device whose description holds parentheses, and its layers (lavapipe, node-llama-cpp's Vulkan backend)", () => {
    // The startup of the backend-DL build on Mesa's lavapipe, as logged on the dev machine.
    const facts = parseServerStartup(fixture('lavapipe-vulkan-startup.log'));
    expect([facts.gpuLayers, facts.totalLayers, facts.devices, facts.slots]).toEqual([3, 3, ['Vulkan0 (llvmpipe (LLVM 15.0.6, 256 bits))'], 1]);
    // Model, KV and compute buffers on Vulkan0; the Vulkan_Host ones are system memory.
    expect(facts.vramBytes).toBe(Math.round((0.38 + 2 + 5.01 + 0.02) * 1024 * 1024));
  });

  it('reads offloaded layers, devices and GPU buffers, ignoring CPU buffers', () => {
    // Written from llama.cpp 80fb11a's format strings (llama-model.cpp, llama.cpp, llama-kv-cache.cpp, llama-context.cpp).
    const facts = parseServerStartup([
      '0.00.120.001 I llama_model_load_from_file_impl: using device CUDA0 (NVIDIA H100 80GB HBM3) (0000:00:07.0) - 80832 MiB free',
      '0.00.300.000 I load_tensors: offloaded 25/33 layers to GPU',
      '0.00.300.001 I load_tensors:        CUDA0 model buffer size =  3000.00 MiB',
      '0.00.300.002 I load_tensors:   CPU_Mapped model buffer size =   800.00 MiB',
      '0.00.400.000 I llama_kv_cache:      CUDA0 KV buffer size =   512.00 MiB',
      '0.00.400.001 I llama_context:      CUDA0 compute buffer size =   100.50 MiB',
      '0.00.400.002 I llama_context:  CUDA_Host compute buffer size =    20.00 MiB',
      "0.00.500.000 I srv    load_model: initializing, n_slots = 8, n_ctx_slot = 2048, kv_unified = 'false'",
    ]);
    expect(facts).toEqual({
      gpuLayers: 25,
      totalLayers: 33,
      devices: ['CUDA0 (NVIDIA H100 80GB HBM3)'],
      slots: 8,
      contextPerSlot: 2048,
      vramBytes: Math.round((3000 + 512 + 100.5) * 1024 * 1024),
    });
  });

  it('says nothing about GPUs when the log does not', () => {
    expect(parseServerStartup(['0.00.1 I srv  llama_server: model loaded'])).toEqual({ devices: [] });
  });
});

describe('parseProps', () => {
  it('reads slots, context and vision support from /props', () => {
    expect(parseProps({ total_slots: 2, default_generation_settings: { n_ctx: 4096 }, modalities: { vision: true } })).toEqual({ slots: 2, contextPerSlot: 4096, vision: true });
    expect(parseProps('nonsense')).toEqual({});
  });
});

describe('parseServerStartup on a real CPU trace log', () => {
  it('reports slots and context, and 0 GPU layers when the build has no GPU', () => {
    const facts = parseServerStartup(fixture('cpu-trace-startup.log'));
    expect(facts).toEqual({ devices: [], gpuLayers: 0, slots: 2, contextPerSlot: 4096 });
  });
});
