import type { GgufFile, GgufTensor } from './gguf-writer';
import { createSeededRandom, filledWeights, randomWeights } from './seeded-random';

/** Shapes of the tiny llama: small enough to load in milliseconds, real enough to run every code path. */
export const TINY_TEXT = { nEmbd: 64, nLayer: 2, nFf: 128, nHead: 4, contextLength: 4096 } as const;

/** SPM token types (llama-vocab.h `llama_token_type`). */
const TOKEN_TYPE = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;
const FIRST_BYTE_TOKEN = 3;
const SPACE_TOKEN = '\u2581';
const EOS_ID = 2;

export const TINY_CHAT_TEMPLATE =
  "{% for message in messages %}{{ '<|' + message['role'] + '|>\\n' + message['content'] + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}";

/** <unk>, <s>, </s>, one token per byte, and ▁ (without it SPM escapes every space to 3 raw bytes). */
export function tinyVocab(): { tokens: string[]; types: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types: number[] = [TOKEN_TYPE.unknown, TOKEN_TYPE.control, TOKEN_TYPE.control];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(TOKEN_TYPE.byte);
  }
  tokens.push(SPACE_TOKEN);
  types.push(TOKEN_TYPE.normal);
  return { tokens, types };
}

/** Tokens a random model may emit without producing invalid UTF-8: printable ASCII, \n, </s> and ▁. */
function isSafeOutputToken(id: number, vocabSize: number): boolean {
  if (id === EOS_ID || id === vocabSize - 1) return true;
  const byte = id - FIRST_BYTE_TOKEN;
  return byte === 0x0a || (byte >= 0x20 && byte <= 0x7e);
}

/**
 * Random weights pick bytes ≥ 0x80 that form invalid UTF-8, and the server's output parser then
 * answers 500. A constant +8 in embedding dimension 0 survives the residual stream; −4 in that
 * dimension of every unsafe token's output row pushes those logits far down.
 */
function applyAsciiBias(tokenEmbd: Float32Array, output: Float32Array, vocabSize: number, nEmbd: number): void {
  for (let id = 0; id < vocabSize; id++) {
    tokenEmbd[id * nEmbd] = 8;
    output[id * nEmbd] = isSafeOutputToken(id, vocabSize) ? 0 : -4;
  }
}

export function buildTinyTextModel(seed: number, opts: { asciiBias?: boolean } = {}): GgufFile {
  const { nEmbd, nLayer, nFf, nHead, contextLength } = TINY_TEXT;
  const random = createSeededRandom(seed);
  const { tokens, types } = tinyVocab();
  const nVocab = tokens.length;
  const matrix = (name: string, ne0: number, ne1: number, scale = 0.1): GgufTensor => ({ name, shape: [ne0, ne1], data: randomWeights(random, ne0 * ne1, scale) });
  const norm = (name: string): GgufTensor => ({ name, shape: [nEmbd], data: filledWeights(nEmbd, 1) });

  // Larger embeddings and output rows than the blocks' weights, so the context moves the logits
  // enough for different photos and seeds to give different (still printable) text.
  const tokenEmbd = matrix('token_embd.weight', nEmbd, nVocab, 1);
  const output = matrix('output.weight', nEmbd, nVocab, 0.5);
  if (opts.asciiBias ?? true) applyAsciiBias(tokenEmbd.data, output.data, nVocab, nEmbd);

  const tensors: GgufTensor[] = [tokenEmbd, norm('output_norm.weight'), output];
  for (let i = 0; i < nLayer; i++) {
    tensors.push(
      norm(`blk.${i}.attn_norm.weight`),
      matrix(`blk.${i}.attn_q.weight`, nEmbd, nEmbd),
      matrix(`blk.${i}.attn_k.weight`, nEmbd, nEmbd),
      matrix(`blk.${i}.attn_v.weight`, nEmbd, nEmbd),
      matrix(`blk.${i}.attn_output.weight`, nEmbd, nEmbd),
      norm(`blk.${i}.ffn_norm.weight`),
      matrix(`blk.${i}.ffn_gate.weight`, nEmbd, nFf),
      matrix(`blk.${i}.ffn_up.weight`, nEmbd, nFf),
      matrix(`blk.${i}.ffn_down.weight`, nFf, nEmbd),
    );
  }

  return {
    metadata: [
      ['general.architecture', { type: 'string', value: 'llama' }],
      ['general.name', { type: 'string', value: 'tiny-vlm' }],
      ['general.file_type', { type: 'u32', value: 0 }],
      ['llama.context_length', { type: 'u32', value: contextLength }],
      ['llama.embedding_length', { type: 'u32', value: nEmbd }],
      ['llama.block_count', { type: 'u32', value: nLayer }],
      ['llama.feed_forward_length', { type: 'u32', value: nFf }],
      ['llama.attention.head_count', { type: 'u32', value: nHead }],
      ['llama.attention.head_count_kv', { type: 'u32', value: nHead }],
      ['llama.attention.layer_norm_rms_epsilon', { type: 'f32', value: 1e-5 }],
      ['llama.rope.dimension_count', { type: 'u32', value: nEmbd / nHead }],
      ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
      ['tokenizer.ggml.tokens', { type: 'string[]', value: tokens }],
      ['tokenizer.ggml.scores', { type: 'f32[]', value: new Array<number>(nVocab).fill(0) }],
      ['tokenizer.ggml.token_type', { type: 'i32[]', value: types }],
      ['tokenizer.ggml.bos_token_id', { type: 'u32', value: 1 }],
      ['tokenizer.ggml.eos_token_id', { type: 'u32', value: EOS_ID }],
      ['tokenizer.ggml.unknown_token_id', { type: 'u32', value: 0 }],
      ['tokenizer.ggml.add_bos_token', { type: 'bool', value: true }],
      ['tokenizer.ggml.add_eos_token', { type: 'bool', value: false }],
      ['tokenizer.chat_template', { type: 'string', value: TINY_CHAT_TEMPLATE }],
    ],
    tensors,
  };
}
