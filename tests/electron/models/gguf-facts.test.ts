import { describe, expect, it } from 'vitest';
import { readGgufFacts, readShape } from '../../../electron/models/gguf-facts';
import { tinyModelPair } from '../../helpers/tiny-model';

describe('readShape (the attention shape from a GGUF header, for the memory estimate)', () => {
  it('reads layers, KV heads and head size; head size defaults to width / heads', () => {
    const meta = { qwen3vl: { block_count: 36, embedding_length: 4096, attention: { head_count: 32, head_count_kv: 8, key_length: 128 } } };
    expect(readShape(meta, 'qwen3vl')).toEqual({ layers: 36, kvHeads: 8, headDim: 128, kvBytesPerToken: null });
    const noKeyLength = { llama: { block_count: 32, embedding_length: 4096, attention: { head_count: 32 } } };
    expect(readShape(noKeyLength, 'llama')).toEqual({ layers: 32, kvHeads: 32, headDim: 128, kvBytesPerToken: null });
  });

  it('sums per-layer KV heads of a hybrid model (0 on its recurrent layers)', () => {
    const meta = { qwen35: { block_count: 4, attention: { head_count: 8, head_count_kv: [0, 0, 0, 2], key_length: 256 } } };
    expect(readShape(meta, 'qwen35')).toEqual({ layers: 4, kvHeads: null, headDim: 256, kvBytesPerToken: 2 * 256 * 4 });
  });

  it('returns undefined when the header lacks the numbers', () => {
    expect(readShape({}, 'llama')).toBeUndefined();
  });

  it('reads the tiny model’s shape from its real file and none from its projector', async () => {
    const { model, mmproj } = tinyModelPair();
    const facts = await readGgufFacts(model);
    expect(facts.shape?.layers).toBeGreaterThan(0);
    expect(facts.shape?.headDim).toBeGreaterThan(0);
    expect((await readGgufFacts(mmproj)).shape).toBeUndefined();
  });
});
