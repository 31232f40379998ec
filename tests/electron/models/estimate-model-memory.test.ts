import { describe, expect, it } from 'vitest';
import { estimateModelMemory, kvBytesPerToken, UNKNOWN_KV_BYTES_PER_TOKEN } from '../../../electron/models/estimate-model-memory';

const qwen3vl8b = { layers: 36, kvHeads: 8, headDim: 128, kvBytesPerToken: null };

describe('estimateModelMemory', () => {
  it('sizes the KV cache from layers × KV heads × head size × K and V in f16', () => {
    expect(kvBytesPerToken(qwen3vl8b)).toBe(147_456);
  });

  it('counts the whole launched context (8192 tokens over 2 slots), not a 4096-token guess', () => {
    const launched = estimateModelMemory({ modelBytes: 5e9, mmprojBytes: 7e8, shape: qwen3vl8b });
    const oneSlot4k = estimateModelMemory({ modelBytes: 5e9, mmprojBytes: 7e8, shape: qwen3vl8b, contextSize: 4096, parallel: 1 });
    expect(launched.kvCacheBytes).toBe(8192 * 147_456);
    expect(launched.bytes).toBeGreaterThan(oneSlot4k.bytes + 4096 * 147_456);
    expect(launched.shapeKnown).toBe(true);
  });

  it('uses a hybrid model’s own KV bytes per token when given', () => {
    expect(estimateModelMemory({ modelBytes: 1, mmprojBytes: 1, shape: { layers: null, kvHeads: null, headDim: null, kvBytesPerToken: 12_288 } }).kvCacheBytes).toBe(8192 * 12_288);
  });

  it('falls back to the stated conservative figure when the shape is unknown, and says so', () => {
    const e = estimateModelMemory({ modelBytes: 1, mmprojBytes: 1, shape: { layers: null, kvHeads: null, headDim: null, kvBytesPerToken: null } });
    expect(e.kvCacheBytes).toBe(8192 * UNKNOWN_KV_BYTES_PER_TOKEN);
    expect(e.shapeKnown).toBe(false);
  });
});
