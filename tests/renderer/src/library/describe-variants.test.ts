import { describe, expect, it } from 'vitest';
import type { ProductVariants, Variant } from '../../../../shared/domain/variant';
import { describeMadeVariants, describeVariantCount } from '../../../../renderer/src/library/describe-variants';

const variant = (id: number, values: string[], valueSources: Variant['valueSources']): Variant => ({ id, productId: 1, position: id, values, valueSources, sku: null, price: null, barcode: null, quantity: null, photoIds: [id] });

describe('describeVariantCount', () => {
  it('says how many variants in words, and nothing for a product without', () => {
    expect(describeVariantCount(3)).toBe('3 variants');
    expect(describeVariantCount(1)).toBe('1 variant');
    expect(describeVariantCount(0)).toBeNull();
  });
});

describe('describeMadeVariants', () => {
  it('lists the option and its values, and says the colours were measured', () => {
    const made: ProductVariants = { productId: 1, optionNames: ['Color'], variants: [variant(1, ['Red'], ['measured']), variant(2, ['Blue'], ['measured']), variant(3, ['Green'], ['measured'])] };
    expect(describeMadeVariants('Cotton tee', made)).toBe('Made 3 variants of Cotton tee (Color: Red, Blue, Green; the colours were measured from the photos).');
  });

  it('names two options together and points out values still to fill in', () => {
    const made: ProductVariants = { productId: 1, optionNames: ['Color', 'Size'], variants: [variant(1, ['Red', 'S'], ['name', 'name']), variant(2, ['', 'L'], ['owner', 'name'])] };
    expect(describeMadeVariants('TEE-01', made)).toBe('Made 2 variants of TEE-01 (Color / Size: Red / S, (empty) / L; fill in the option values in the editor).');
  });

  it('says when no option could be proposed at all', () => {
    const made: ProductVariants = { productId: 1, optionNames: [], variants: [variant(1, [], []), variant(2, [], [])] };
    expect(describeMadeVariants('Mug', made)).toBe('Made 2 variants of Mug (no options yet; fill in the option values in the editor).');
  });
});
