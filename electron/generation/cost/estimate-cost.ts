import { findPricing, type ModelPricing } from './price-table';

/** The image-token goal per cloud listing: all photos together. */
export const IMAGE_TOKEN_GOAL = 300;
const PATCH = 32;
const MAX_PATCHES = 1536;
const EDGE_MIN = 128;
const EDGE_MAX = 512;
/** For a model we have no rule for: small enough to be cheap, large enough to read a label. */
const EDGE_UNKNOWN = 384;

export interface ImageSize {
  width: number;
  height: number;
}

/** Tokens one image costs at detail 'low', or undefined for a model not in the table. */
export function estimateImageTokens(model: string, size: ImageSize): number | undefined {
  const pricing = findPricing(model);
  if (!pricing) return undefined;
  return imageTokens(pricing, size);
}

function imageTokens(pricing: ModelPricing, size: ImageSize): number {
  if (pricing.image.rule === 'tiles') return pricing.image.lowDetailTokens;
  const patches = Math.min(MAX_PATCHES, Math.ceil(size.width / PATCH) * Math.ceil(size.height / PATCH));
  return Math.ceil(patches * pricing.image.multiplier);
}

/**
 * The long edge of the rendition sent to a cloud model: the largest that keeps all images
 * within the token goal where the model charges by area, else what 'low' detail uses anyway.
 */
export function chooseCloudImageEdge(model: string, imageCount: number, goal = IMAGE_TOKEN_GOAL): number {
  const pricing = findPricing(model);
  if (!pricing) return EDGE_UNKNOWN;
  if (pricing.image.rule === 'tiles') return EDGE_MAX;
  const patchesPerImage = goal / Math.max(1, imageCount) / pricing.image.multiplier;
  const edge = PATCH * Math.floor(Math.sqrt(patchesPerImage));
  return Math.min(EDGE_MAX, Math.max(EDGE_MIN, edge));
}

/** USD for one request's usage, or undefined when the model is not in the table. */
export function estimateCostUsd(model: string, usage: { promptTokens: number; completionTokens: number }): number | undefined {
  const pricing = findPricing(model);
  if (!pricing) return undefined;
  return (usage.promptTokens * pricing.inputPerMTok + usage.completionTokens * pricing.outputPerMTok) / 1_000_000;
}
