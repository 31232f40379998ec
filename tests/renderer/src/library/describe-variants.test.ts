import { describe, expect, it } from 'vitest';
import type { MergePlanEntry } from '../../../../shared/domain/merge-plan';
import type { ProductVariants, Variant } from '../../../../shared/domain/variant';
import { describeListingFate, describeMadeVariants, describeVariantCount } from '../../../../renderer/src/library/describe-variants';

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

describe('describeListingFate', () => {
  const entry = (productId: number, outcome: MergePlanEntry['outcome']): MergePlanEntry => ({ productId, title: '', name: `product ${productId}`, status: 'draft', revision: 1, outcome });

  it("says the first product's listing is shared, and the others' are kept in History", () => {
    const plan = [entry(1, 'stays-current'), entry(2, 'kept-in-history'), entry(3, 'nothing-to-keep')];
    expect(plan.map((e) => describeListingFate(e, plan))).toEqual(["its listing becomes the shared listing", "its listing is kept in the product's History", 'no listing written yet']);
  });

  it("says when another product's listing takes the place of the first one's empty listing", () => {
    const plan = [entry(1, 'nothing-to-keep'), entry(2, 'becomes-current')];
    expect(plan.map((e) => describeListingFate(e, plan))).toEqual(['its empty listing is replaced by the one below', 'its listing becomes the shared listing (the first one is empty)']);
  });
});
