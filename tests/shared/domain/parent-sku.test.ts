import { describe, expect, it } from 'vitest';
import { parentSkuClash } from '../../../shared/domain/parent-sku';

describe('parentSkuClash', () => {
  const variants = [
    { values: ['Red'], sku: 'TEE-01-RED' },
    { values: ['Blue'], sku: 'TEE-01-BLUE' },
    { values: ['Green'], sku: null },
  ];

  it('names the variant whose SKU the product has (case aside) and the stem it could take', () => {
    expect(parentSkuClash('tee-01-red ', variants)).toEqual({ variant: 'Red', suggestion: 'TEE-01' });
    expect(parentSkuClash('MUG_S', [{ values: ['S'], sku: 'MUG_S' }, { values: ['L'], sku: 'MUG_L' }])).toEqual({ variant: 'S', suggestion: 'MUG' });
    expect(parentSkuClash('TEE-RED', [{ values: ['Red'], sku: 'TEE-RED' }, { values: ['Navy'], sku: 'NAVY-TEE' }])).toEqual({ variant: 'Red', suggestion: null });
  });

  it('is null when the product has its own SKU or none', () => {
    expect(parentSkuClash('TEE-01', variants)).toBeNull();
    expect(parentSkuClash(null, variants)).toBeNull();
    expect(parentSkuClash('  ', variants)).toBeNull();
  });
});
