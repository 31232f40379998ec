import { MAX_OPTIONS, variantLabel } from '../../shared/domain/variant';
import type { VariantGroup } from './group-variant-rows';

/** A reason a product's rows are left out, on the line where it shows. */
export interface GroupProblem {
  line: number;
  message: string;
}

/**
 * What is wrong with a product's variant rows taken together (pure): more than three options, a
 * variant without a value for an option, a value with a comma (storefronts split option values
 * at commas), two variants with the same values or the same SKU. Any of these leaves the
 * product's rows out whole, so nothing is written half. productLine: the line of the product's own
 * row (Shopify's first row, WooCommerce's variable parent, else its first variation). Kept small here; the editor's own check
 * (electron/variants/check-variants.ts on the variants branch) says the same for typed variants.
 */
export function checkVariantGroup(group: VariantGroup, name: string, productLine: number): GroupProblem[] {
  const problems: GroupProblem[] = [];
  const leftOut = `the rows of ${name} are left out`;
  const names = group.optionNames;
  if (names.length === 0) {
    problems.push({ line: productLine, message: `Line ${productLine}: ${name} has variant rows but names no options (Option1 name, or Attribute 1 name with values on its variations); name them, e.g. Color or Size, and import again; ${leftOut}.` });
    return problems;
  }
  if (names.length > MAX_OPTIONS) {
    problems.push({
      line: productLine,
      message: `Line ${productLine}: ${name} varies in ${names.length} options (${names.join(', ')}); a product can have at most ${MAX_OPTIONS} (Shopify's limit). Leave ${names.slice(MAX_OPTIONS).join(', ')} out of its variation rows, or fold two options into one, and import again; ${leftOut}.`,
    });
  }
  for (const variant of group.variants) {
    variant.values.forEach((value, i) => {
      const option = names[i]!;
      if (value === '') {
        problems.push({ line: variant.line, message: `Line ${variant.line}: the variant${describe(variant.values, variant.sku)} of ${name} has no ${option}; every variant needs a value for each option. Fill it in and import again; ${leftOut}.` });
      } else if (value.includes(',')) {
        problems.push({
          line: variant.line,
          message: `Line ${variant.line}: the ${option} "${value}" of ${name} holds a comma; storefronts split option values at commas. Write it without one (e.g. "${value.replace(/\s*,\s*/g, ' ')}") and import again; ${leftOut}.`,
        });
      }
    });
  }
  const seenValues = new Map<string, number>();
  const seenSkus = new Map<string, number>();
  for (const variant of group.variants) {
    const key = variant.values.map((v) => v.toLowerCase()).join('\u0000');
    const earlier = seenValues.get(key);
    if (earlier !== undefined && variant.values.some((v) => v !== '')) {
      problems.push({
        line: variant.line,
        message: `Line ${variant.line}: ${name} has two variants "${variantLabel(variant.values)}" (lines ${earlier} and ${variant.line}); each variant needs its own combination of option values. Change one of them and import again; ${leftOut}.`,
      });
    } else seenValues.set(key, variant.line);
    const sku = variant.sku.toLowerCase();
    const skuEarlier = seenSkus.get(sku);
    if (sku && skuEarlier !== undefined) {
      problems.push({ line: variant.line, message: `Line ${variant.line}: ${name} has the SKU ${variant.sku} on two variants (lines ${skuEarlier} and ${variant.line}); give each variant its own SKU and import again; ${leftOut}.` });
    } else if (sku) seenSkus.set(sku, variant.line);
  }
  return problems;
}

function describe(values: readonly string[], sku: string): string {
  const label = variantLabel(values);
  return label ? ` "${label}"` : sku ? ` with SKU ${sku}` : '';
}
