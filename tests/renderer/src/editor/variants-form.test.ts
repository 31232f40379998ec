import { describe, expect, it } from 'vitest';
import type { ProductVariants } from '../../../../shared/domain/variant';
import { addOption, describeValueSource, editOptionName, editRow, editValue, formToUpdate, rowLabel, sameVariants, variantsToForm } from '../../../../renderer/src/editor/variants-form';

const tee: ProductVariants = {
  productId: 7,
  optionNames: ['Color'],
  variants: [
    { id: 11, productId: 7, position: 0, values: ['Red'], valueSources: ['measured'], sku: 'TEE-RED', price: null, barcode: null, quantity: '4', photoIds: [1] },
    { id: 12, productId: 7, position: 1, values: ['Blue'], valueSources: ['name'], sku: null, price: '21.00', barcode: '4006381333931', quantity: null, photoIds: [2, 3] },
  ],
};

describe('variantsToForm / formToUpdate', () => {
  it('round-trips every field, empty strings standing for "not set"', () => {
    const form = variantsToForm(tee);
    expect(form.rows[0]).toMatchObject({ values: ['Red'], sources: ['measured'], sku: 'TEE-RED', price: '', barcode: '', quantity: '4', photoIds: [1] });
    expect(formToUpdate(form)).toEqual({
      ok: true,
      optionNames: ['Color'],
      variants: [
        { id: 11, values: ['Red'], sku: 'TEE-RED', price: null, barcode: null, quantity: '4' },
        { id: 12, values: ['Blue'], sku: null, price: '21.00', barcode: '4006381333931', quantity: null },
      ],
    });
  });

  it('trims what it sends and treats blank as not set', () => {
    const form = editRow(editRow(variantsToForm(tee), 0, 'sku', '  TEE-R  '), 1, 'price', '   ');
    const update = formToUpdate(form);
    expect(update.ok && update.variants.map((v) => [v.sku, v.price])).toEqual([
      ['TEE-R', null],
      [null, null],
    ]);
  });

  it('names the variant whose price or quantity is not a number, in words', () => {
    expect(formToUpdate(editRow(variantsToForm(tee), 1, 'price', '12,50'))).toEqual({ ok: false, message: 'The price of Blue, "12,50", is not a number like 15 or 15.00.' });
    expect(formToUpdate(editRow(variantsToForm(tee), 0, 'quantity', 'lots'))).toEqual({ ok: false, message: 'The quantity of Red, "lots", is not a whole number like 12.' });
  });

  it('asks for a name for an option added and left unnamed', () => {
    const form = addOption(variantsToForm(tee));
    expect(form.optionNames).toEqual(['Color', '']);
    expect(form.rows.map((r) => r.values)).toEqual([
      ['Red', ''],
      ['Blue', ''],
    ]);
    expect(formToUpdate(form)).toEqual({ ok: false, message: 'Give option 2 a name, e.g. Color or Size.' });
    expect(formToUpdate(editOptionName(form, 1, 'Size'))).toMatchObject({ ok: true, optionNames: ['Color', 'Size'] });
  });

  it('adds no fourth option (storefronts take three)', () => {
    const three = addOption(addOption(variantsToForm(tee)));
    expect(three.optionNames).toHaveLength(3);
    expect(addOption(three)).toBe(three);
  });
});

describe('editing values', () => {
  it("makes a typed value the owner's, so its proposed source is no longer shown", () => {
    const form = editValue(variantsToForm(tee), 0, 0, 'Crimson');
    expect(form.rows[0]!.values).toEqual(['Crimson']);
    expect(form.rows[0]!.sources).toEqual(['owner']);
    expect(form.rows[1]!.sources).toEqual(['name']);
    expect(form.rows.map((r) => describeValueSource(r.sources[0]!))).toEqual([null, "from the photo's file name"]);
  });

  it('tells a real change from whitespace', () => {
    const form = variantsToForm(tee);
    expect(sameVariants(form, editRow(form, 0, 'sku', 'TEE-RED '))).toBe(true);
    expect(sameVariants(form, editRow(form, 0, 'sku', 'TEE-RD'))).toBe(false);
    expect(sameVariants(form, editOptionName(form, 0, 'Colour'))).toBe(false);
  });
});

describe('rowLabel and describeValueSource', () => {
  it('names a variant by its values, else by its place', () => {
    expect(rowLabel({ values: ['Red', 'XL'] }, 0)).toBe('Red / XL');
    expect(rowLabel({ values: ['', ''] }, 2)).toBe('Variant 3');
  });

  it("says where a proposed value came from, and nothing for the owner's own", () => {
    expect(describeValueSource('measured')).toBe("from the photo's colours");
    expect(describeValueSource('import')).toBe('from the imported product file');
    expect(describeValueSource('owner')).toBeNull();
  });
});
