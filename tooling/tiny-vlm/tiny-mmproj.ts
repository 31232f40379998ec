import type { GgufFile, GgufTensor } from './gguf-writer';
import { createSeededRandom, filledWeights, randomWeights } from './seeded-random';
import { TINY_TEXT } from './tiny-text-model';

/** A 32 px image in 8 px patches: 16 image tokens per picture. */
export const TINY_VISION = { imageSize: 32, patchSize: 8, nEmbd: 32, nFf: 64, nLayer: 2, nHead: 2 } as const;

/**
 * - `missing-projector`: no mm.2.* tensors; this llama.cpp crashes with SIGSEGV while loading.
 * - `mismatched`: projects to 32 wide while the text model is 64; the server exits 1 naming both.
 */
export type MmprojVariant = 'valid' | 'missing-projector' | 'mismatched';

/** CLIP vision tower + LLaVA-1.5 `mlp` projector (mm.0 → GELU → mm.2), which needs no extra keys. */
export function buildTinyMmproj(seed: number, variant: MmprojVariant = 'valid'): GgufFile {
  const { imageSize, patchSize, nEmbd, nFf, nLayer, nHead } = TINY_VISION;
  const random = createSeededRandom(seed ^ 0x5eed);
  const projected = variant === 'mismatched' ? nEmbd : TINY_TEXT.nEmbd;
  const nPatches = (imageSize / patchSize) ** 2;
  const tensor = (name: string, shape: number[]): GgufTensor => ({
    name,
    shape,
    data: randomWeights(random, shape.reduce((a, b) => a * b, 1), 0.1),
  });

  const tensors: GgufTensor[] = [
    tensor('v.patch_embd.weight', [patchSize, patchSize, 3, nEmbd]),
    tensor('v.position_embd.weight', [nEmbd, nPatches]),
  ];
  for (let i = 0; i < nLayer; i++) {
    tensors.push(
      tensor(`v.blk.${i}.attn_q.weight`, [nEmbd, nEmbd]),
      tensor(`v.blk.${i}.attn_k.weight`, [nEmbd, nEmbd]),
      tensor(`v.blk.${i}.attn_v.weight`, [nEmbd, nEmbd]),
      tensor(`v.blk.${i}.attn_out.weight`, [nEmbd, nEmbd]),
      // n_ff ≠ n_embd on purpose: when they are equal clip.cpp assumes a legacy up/down swap.
      tensor(`v.blk.${i}.ffn_up.weight`, [nEmbd, nFf]),
      tensor(`v.blk.${i}.ffn_down.weight`, [nFf, nEmbd]),
    );
  }
  tensors.push(tensor('mm.0.weight', [nEmbd, projected]), { name: 'mm.0.bias', shape: [projected], data: filledWeights(projected, 0) });
  if (variant !== 'missing-projector') {
    tensors.push(tensor('mm.2.weight', [projected, projected]), { name: 'mm.2.bias', shape: [projected], data: filledWeights(projected, 0) });
  }

  return {
    metadata: [
      ['general.architecture', { type: 'string', value: 'clip' }],
      ['general.name', { type: 'string', value: 'tiny-vlm-mmproj' }],
      ['general.file_type', { type: 'u32', value: 0 }],
      ['clip.has_vision_encoder', { type: 'bool', value: true }],
      ['clip.projector_type', { type: 'string', value: 'mlp' }],
      ['clip.vision.image_size', { type: 'u32', value: imageSize }],
      ['clip.vision.patch_size', { type: 'u32', value: patchSize }],
      ['clip.vision.embedding_length', { type: 'u32', value: nEmbd }],
      ['clip.vision.feed_forward_length', { type: 'u32', value: nFf }],
      ['clip.vision.block_count', { type: 'u32', value: nLayer }],
      ['clip.vision.attention.head_count', { type: 'u32', value: nHead }],
      ['clip.vision.attention.layer_norm_epsilon', { type: 'f32', value: 1e-5 }],
      ['clip.vision.projection_dim', { type: 'u32', value: projected }],
      ['clip.vision.image_mean', { type: 'f32[]', value: [0.48145466, 0.4578275, 0.40821073] }],
      ['clip.vision.image_std', { type: 'f32[]', value: [0.26862954, 0.26130258, 0.27577711] }],
    ],
    tensors,
  };
}
