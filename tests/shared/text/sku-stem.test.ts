import { describe, expect, it } from 'vitest';
import { skuStem } from '../../../shared/text/sku-stem';

describe('skuStem', () => {
  it('is the whole part every SKU shares, cut at a separator', () => {
    expect(skuStem(['TEE-01-RED', 'TEE-01-BLUE', 'TEE-01-GREEN'])).toBe('TEE-01');
    expect(skuStem(['MUG_S', 'MUG_L'])).toBe('MUG');
    // "TEE-01-B" is shared, but "B" is only half a word of BLUE and BLACK.
    expect(skuStem(['TEE-01-BLUE', 'tee-01-black'])).toBe('TEE-01');
    expect(skuStem(['BOOT-38', 'BOOT-40'])).toBe('BOOT');
  });

  it('is null where there is no stem a product could use', () => {
    expect(skuStem(['TEE-RED'])).toBeNull();
    expect(skuStem(['RED-TEE', 'BLUE-TEE'])).toBeNull();
    expect(skuStem(['TEE1', 'TEE2'])).toBeNull();
    // The stem would be one of the variants' own SKUs.
    expect(skuStem(['TEE', 'TEE-RED'])).toBeNull();
    expect(skuStem(['', ' '])).toBeNull();
  });
});
