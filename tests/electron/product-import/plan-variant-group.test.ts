import { describe, expect, it } from 'vitest';
import type { VariantGroup } from '../../../electron/product-import/group-variant-rows';
import { planVariantGroup } from '../../../electron/product-import/plan-variant-group';
import type { IndexedVariant, ProductIndex } from '../../../electron/product-import/product-index';
import type { OptionValueSource } from '../../../shared/domain/variant';

/** A library of one product (id 1) with these option names and variants, as loadProductIndex reads it. */
function indexWith(optionNames: string[], variants: IndexedVariant[], others: Partial<ProductIndex> = {}): ProductIndex {
  return {
    drafts: new Map(), bySku: new Map(), byPhotoName: new Map(), labels: new Map([[1, 'Tee'], [2, 'Mug']]),
    optionNames: new Map([[1, optionNames]]), variants: new Map([[1, variants]]), byVariantSku: new Map(), photos: new Map(), ...others,
  };
}

const variant = (id: number, values: string[], sku: string | null, sources: OptionValueSource[] = values.map(() => 'name')): IndexedVariant => ({ id, values, sources, sku, price: null, barcode: null, quantity: null });

function group(optionNames: string[], rows: { values: string[]; sku?: string }[]): VariantGroup {
  return { kind: 'shopify', productIndex: 0, parentRef: null, fileName: 'tee', optionNames, imageIndexes: [], variants: rows.map((r, i) => ({ index: i, line: i + 2, values: r.values, sku: r.sku ?? '', image: '' })) };
}

describe('planVariantGroup', () => {
  it('finds a variant by SKU, else by its values (in whatever order the file names the options); the rest are new', () => {
    const index = indexWith(['Color', 'Size'], [variant(10, ['Red', 'M'], 'T-RM'), variant(11, ['Blue', 'M'], null)]);
    const plan = planVariantGroup(group(['size', 'color'], [{ values: ['M', 'Red'], sku: 't-rm' }, { values: ['M', 'blue'], sku: 'T-BM' }, { values: ['L', 'Red'] }]), 1, 'Tee', new Map([[0, { sku: 't-rm' }], [1, { sku: 'T-BM' }]]), index);
    expect(plan.problems).toEqual([]);
    expect(plan).toMatchObject({ optionNames: ['Color', 'Size'], setsOptionNames: false });
    expect([...plan.plans.values()]).toMatchObject([
      { variantId: 10, matchedBy: 'sku', values: ['Red', 'M'], fills: [], conflicts: [] },
      { variantId: 11, matchedBy: 'options', values: ['blue', 'M'], fills: [{ field: 'sku', current: '', incoming: 'T-BM' }], conflicts: [] },
      { variantId: null, matchedBy: null, values: ['Red', 'L'], fills: [{ field: 'options', current: '', incoming: 'Red / L' }] },
    ]);
  });

  it('replaces a value guessed from a file name or the pixels, but asks before replacing one the owner typed', () => {
    const index = indexWith(['Color'], [variant(10, ['Crimson'], 'A', ['measured']), variant(11, ['Navy'], 'B', ['owner'])]);
    const plan = planVariantGroup(group(['Color'], [{ values: ['Red'], sku: 'A' }, { values: ['Blue'], sku: 'B' }]), 1, 'Tee', new Map([[0, { sku: 'A' }], [1, { sku: 'B' }]]), index);
    expect([...plan.plans.values()]).toMatchObject([
      { fills: [{ field: 'options', current: 'Crimson', incoming: 'Red' }], conflicts: [] },
      { fills: [], conflicts: [{ field: 'options', current: 'Navy', incoming: 'Blue' }] },
    ]);
  });

  it('refuses a SKU that is another product\'s', () => {
    const index = indexWith([], [], { byVariantSku: new Map([['mug-s', [2]]]) });
    const plan = planVariantGroup(group(['Size'], [{ values: ['S'], sku: 'MUG-S' }]), 1, 'Tee', new Map([[0, { sku: 'MUG-S' }]]), index);
    expect(plan.problems).toEqual([{ line: 2, message: 'Line 2: SKU MUG-S already belongs to Mug in your library, not to Tee. Correct the SKU in the file and import again; the rows of Tee are left out.' }]);
  });
});
