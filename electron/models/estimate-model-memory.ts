import { ENGINE_CONTEXT_SIZE, ENGINE_PARALLEL } from '../../shared/domain/engine-launch';
import type { ModelShape } from '../../shared/domain/local-model';

export interface MemoryEstimate {
  /** Model + mmproj + KV cache + compute allowance, in bytes: RAM on a CPU, VRAM when fully offloaded. */
  bytes: number;
  kvCacheBytes: number;
  /** False when the attention shape was unknown and the conservative default was used. */
  shapeKnown: boolean;
}

export interface MemoryInput {
  modelBytes: number;
  mmprojBytes: number;
  shape: ModelShape;
  /** Total context (--ctx-size) and slots (--parallel) of the launch; the app's own by default. */
  contextSize?: number;
  parallel?: number;
}

/** K and V, each f16 (llama-server's default cache type). */
const KV_BYTES_PER_ELEMENT = 2 * 2;
/**
 * When no public source gave the shape: 256 KiB per token, above every ≤8B model with grouped
 * KV heads and above small models without them (e.g. 24 layers × 32 heads × 64), so a model is
 * never recommended on a guess that is too low.
 */
export const UNKNOWN_KV_BYTES_PER_TOKEN = 256 * 1024;
/** Compute buffers and one image's encoder work, per slot; llama-server's --fit absorbs the rest. */
const COMPUTE_BYTES_PER_SLOT = 300 * 1024 * 1024;

export function kvBytesPerToken(shape: ModelShape): number | undefined {
  if (shape.kvBytesPerToken) return shape.kvBytesPerToken;
  if (shape.layers && shape.kvHeads && shape.headDim) return shape.layers * shape.kvHeads * shape.headDim * KV_BYTES_PER_ELEMENT;
  return undefined;
}

/** Pure: what running this pair costs with the context and slots the engine actually launches with. */
export function estimateModelMemory(input: MemoryInput): MemoryEstimate {
  const context = input.contextSize ?? ENGINE_CONTEXT_SIZE;
  const slots = input.parallel ?? ENGINE_PARALLEL;
  const perToken = kvBytesPerToken(input.shape);
  const kvCacheBytes = context * (perToken ?? UNKNOWN_KV_BYTES_PER_TOKEN);
  return {
    bytes: input.modelBytes + input.mmprojBytes + kvCacheBytes + slots * COMPUTE_BYTES_PER_SLOT,
    kvCacheBytes,
    shapeKnown: perToken !== undefined,
  };
}
