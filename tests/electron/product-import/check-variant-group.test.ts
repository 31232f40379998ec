import { describe, expect, it } from 'vitest';
import { checkVariantGroup } from '../../../electron/product-import/check-variant-group';
import type { VariantGroup } from '../../../electron/product-import/group-variant-rows';

function group(optionNames: string[], rows: { values: string[]; sku?: string }[]): VariantGroup {
  return { kind: 'woocommerce', productIndex: null, parentRef: 'TEE', fileName: 'TEE', optionNames, imageIndexes: [], variants: rows.map((r, i) => ({ index: i, line: i + 2, values: r.values, sku: r.sku ?? '', image: '' })) };
}

describe('checkVariantGroup', () => {
  it('accepts distinct, complete values', () => {
    expect(checkVariantGroup(group(['Color', 'Size'], [{ values: ['Red', 'S'], sku: 'A' }, { values: ['Red', 'M'], sku: 'B' }]), 'Tee', 2)).toEqual([]);
  });

  it('names a missing value and a SKU given twice, each on its line', () => {
    const problems = checkVariantGroup(group(['Color', 'Size'], [{ values: ['Red', 'S'], sku: 'A' }, { values: ['Blue', ''], sku: 'a' }]), 'Tee', 2);
    expect(problems).toEqual([
      { line: 3, message: 'Line 3: the variant "Blue" of Tee has no Size; every variant needs a value for each option. Fill it in and import again; the rows of Tee are left out.' },
      { line: 3, message: 'Line 3: Tee has the SKU a on two variants (lines 2 and 3); give each variant its own SKU and import again; the rows of Tee are left out.' },
    ]);
  });
});
