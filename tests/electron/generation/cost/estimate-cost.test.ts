import { describe, expect, it } from 'vitest';
import { chooseCloudImageEdge, estimateCostUsd, estimateImageTokens, IMAGE_TOKEN_GOAL } from '../../../../electron/generation/cost/estimate-cost';
import { findPricing } from '../../../../electron/generation/cost/price-table';

describe('price table', () => {
  it('finds a dated snapshot by its family, the longest prefix first', () => {
    expect(findPricing('gpt-4.1-mini-2025-04-14')?.inputPerMTok).toBe(0.4);
    expect(findPricing('gpt-4.1')?.inputPerMTok).toBe(2);
    expect(findPricing('openai/gpt-4o-mini')?.outputPerMTok).toBe(0.6);
    expect(findPricing('llava-7b')).toBeUndefined();
  });
});

describe('image tokens and rendition size', () => {
  it('counts 32 px patches times the multiplier, or the fixed low-detail cost', () => {
    expect(estimateImageTokens('gpt-4.1-mini', { width: 192, height: 144 })).toBe(Math.ceil(6 * 5 * 1.62));
    expect(estimateImageTokens('gpt-4o', { width: 512, height: 512 })).toBe(85);
    expect(estimateImageTokens('unknown-vlm', { width: 512, height: 512 })).toBeUndefined();
  });

  it('keeps four photos within the image-token goal on area-priced models', () => {
    for (const model of ['gpt-4.1-mini', 'gpt-5-mini', 'o4-mini']) {
      const edge = chooseCloudImageEdge(model, 4);
      const total = 4 * estimateImageTokens(model, { width: edge, height: edge })!;
      expect(total, model).toBeLessThanOrEqual(IMAGE_TOKEN_GOAL);
      expect(edge).toBeGreaterThanOrEqual(128);
    }
    expect(chooseCloudImageEdge('gpt-4o', 4)).toBe(512);
  });
});

describe('estimateCostUsd', () => {
  it('prices prompt and completion tokens; a typical 4-photo gpt-4.1-mini listing stays under $0.001', () => {
    expect(estimateCostUsd('gpt-4o-mini', { promptTokens: 1_000_000, completionTokens: 1_000_000 })).toBeCloseTo(0.75, 10);
    // Text prompt about 450 tokens plus the schema about 350, four photos within 300 image tokens, 250 tokens of answer.
    const cost = estimateCostUsd('gpt-4.1-mini', { promptTokens: 450 + 350 + 300, completionTokens: 250 })!;
    expect(cost).toBeLessThan(0.001);
    expect(estimateCostUsd('my-own-model', { promptTokens: 1, completionTokens: 1 })).toBeUndefined();
  });
});
