import { PRICE_PATTERN } from '../../../shared/domain/draft-status';
import { MAX_OPTIONS, variantLabel, type OptionValueSource, type ProductVariants, type VariantFields } from '../../../shared/domain/variant';

/** One variant's row as typed: every field a string ('' = not set). */
export interface VariantRow {
  id: number;
  values: string[];
  /** Where each value came from; a value the owner has changed here counts as the owner's. */
  sources: OptionValueSource[];
  sku: string;
  price: string;
  barcode: string;
  quantity: string;
  photoIds: number[];
}

/** The editor's Variants section as typed. */
export interface VariantsForm {
  optionNames: string[];
  rows: VariantRow[];
}

export function variantsToForm(pv: ProductVariants): VariantsForm {
  return {
    optionNames: [...pv.optionNames],
    rows: pv.variants.map((v) => ({
      id: v.id,
      values: pv.optionNames.map((_, i) => v.values[i] ?? ''),
      sources: pv.optionNames.map((_, i) => v.valueSources[i] ?? 'owner'),
      sku: v.sku ?? '',
      price: v.price ?? '',
      barcode: v.barcode ?? '',
      quantity: v.quantity ?? '',
      photoIds: [...v.photoIds],
    })),
  };
}

/** How a variant is named to the owner: its values ("Red / XL"), else its place in the table. */
export function rowLabel(row: Pick<VariantRow, 'values'>, index: number): string {
  return variantLabel(row.values) || `Variant ${index + 1}`;
}

export type RowField = 'sku' | 'price' | 'barcode' | 'quantity';

/** The form with one variant's field changed. */
export function editRow(form: VariantsForm, index: number, field: RowField, value: string): VariantsForm {
  return { ...form, rows: form.rows.map((r, i) => (i === index ? { ...r, [field]: value } : r)) };
}

/** The form with one option value typed; the value is the owner's from now on. */
export function editValue(form: VariantsForm, index: number, option: number, value: string): VariantsForm {
  return {
    ...form,
    rows: form.rows.map((r, i) =>
      i === index ? { ...r, values: r.values.map((v, j) => (j === option ? value : v)), sources: r.sources.map((s, j) => (j === option ? 'owner' : s)) } : r,
    ),
  };
}

export function editOptionName(form: VariantsForm, option: number, name: string): VariantsForm {
  return { ...form, optionNames: form.optionNames.map((n, i) => (i === option ? name : n)) };
}

/** A new, empty option (e.g. Size beside Color); every variant gets an empty value to fill in. */
export function addOption(form: VariantsForm): VariantsForm {
  if (form.optionNames.length >= MAX_OPTIONS) return form;
  return { optionNames: [...form.optionNames, ''], rows: form.rows.map((r) => ({ ...r, values: [...r.values, ''], sources: [...r.sources, 'owner'] })) };
}

/** True when the two forms would save the same thing. */
export function sameVariants(a: VariantsForm, b: VariantsForm): boolean {
  return JSON.stringify(toSaved(a)) === JSON.stringify(toSaved(b));
}

function toSaved(form: VariantsForm) {
  return { optionNames: form.optionNames.map((n) => n.trim()), rows: form.rows.map((r) => [r.id, r.values.map((v) => v.trim()), r.sku.trim(), r.price.trim(), r.barcode.trim(), r.quantity.trim()]) };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * What variants.update should receive, or the first thing to fix before it can: a price or a
 * quantity the core would refuse is named here, with the variant, in the owner's words. Duplicate
 * combinations, commas and empty values are the core's to judge (it names both variants).
 */
export function formToUpdate(form: VariantsForm): { ok: true; optionNames: string[]; variants: (VariantFields & { id: number })[] } | { ok: false; message: string } {
  const emptyName = form.optionNames.findIndex((n) => n.trim() === '');
  if (emptyName >= 0) return { ok: false, message: `Give option ${emptyName + 1} a name, e.g. Color or Size.` };
  for (const [i, row] of form.rows.entries()) {
    const price = row.price.trim();
    if (price !== '' && !PRICE_PATTERN.test(price)) return { ok: false, message: `The price of ${rowLabel(row, i)}, "${price}", is not a number like 15 or 15.00.` };
    const quantity = row.quantity.trim();
    if (quantity !== '' && !/^\d{1,9}$/.test(quantity)) return { ok: false, message: `The quantity of ${rowLabel(row, i)}, "${quantity}", is not a whole number like 12.` };
  }
  return {
    ok: true,
    optionNames: form.optionNames.map((n) => n.trim()),
    variants: form.rows.map((r) => ({ id: r.id, values: r.values.map((v) => v.trim()), sku: orNull(r.sku), price: orNull(r.price), barcode: orNull(r.barcode), quantity: orNull(r.quantity) })),
  };
}

/** Where a proposed value came from, said beside it; the owner's own values need no note. */
export function describeValueSource(source: OptionValueSource): string | null {
  switch (source) {
    case 'measured':
      return "from the photo's colours";
    case 'name':
      return "from the photo's file name";
    case 'import':
      return 'from the imported product file';
    case 'owner':
      return null;
  }
}
