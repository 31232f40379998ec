import { AppError } from '../errors';
import { MAX_OPTIONS, variantLabel } from './variant';

/** What the check reads of one variant. */
export interface VariantToCheck {
  values: readonly string[];
  sku: string | null;
}

/**
 * Every problem with a product's options and variants taken together, as sentences naming the
 * product (its label, see product-label.ts) and the variant (1-based, with its values): at most
 * three options, each named once (case does not make a new name), one non-empty value per option
 * on every variant, no comma in a value (storefronts split on commas), no two variants with the
 * same values or the same SKU. Empty when all is well. Pure: update, make and import all use it.
 */
export function checkVariants(productName: string, optionNames: readonly string[], variants: readonly VariantToCheck[]): string[] {
  const problems: string[] = [];
  const of = `${productName}'s`;
  const names = optionNames.map((n) => n.trim());
  if (names.length > MAX_OPTIONS) {
    problems.push(`${productName} has ${names.length} options (${names.join(', ')}); storefronts take at most ${MAX_OPTIONS}. Remove one, or fold two into one (e.g. "Red / Cotton").`);
  }
  names.forEach((name, i) => {
    if (name === '') problems.push(`${of} option ${i + 1} has no name; give it one, e.g. Color or Size.`);
    else if (name.includes(',')) problems.push(`${of} option "${name}" holds a comma; storefronts split on commas. Use a dash or a shorter name.`);
  });
  for (const [first, second] of duplicates(names.map((n) => n.toLowerCase()))) {
    problems.push(`${productName} has two options named "${names[second]}" (options ${first + 1} and ${second + 1}); give each option its own name.`);
  }
  if (variants.length > 0 && names.length === 0) problems.push(`${productName} has variants but no options; name at least one option, e.g. Color or Size.`);
  if (variants.length === 0 && names.length > 0) problems.push(`${productName} names options (${names.join(', ')}) but has no variants; remove the options or make variants first.`);

  variants.forEach((variant, i) => {
    const which = `${of} variant ${i + 1}`;
    const values = variant.values.map((v) => v.trim());
    if (values.length !== names.length) {
      problems.push(`${which} has ${values.length} value${values.length === 1 ? '' : 's'} for ${names.length} option${names.length === 1 ? '' : 's'} (${names.join(', ') || 'none'}); give it one value per option.`);
    }
    values.forEach((value, j) => {
      const option = names[j] ?? `option ${j + 1}`;
      if (value === '') problems.push(`${which}${labelOf(values)} has no ${option}; give it one (every variant needs a value for each option).`);
      else if (value.includes(',')) problems.push(`The "${value}" value of ${which} holds a comma; storefronts split values on commas. Use ${suggestion(value)} or a dash.`);
    });
  });

  const combos = variants.map((v) => v.values.map((x) => x.trim().toLowerCase()).join('\u0000'));
  for (const [first, second] of duplicates(combos)) {
    if (variants[first]!.values.every((v) => v.trim() === '')) continue;
    problems.push(`${of} variants ${first + 1} and ${second + 1} are both "${variantLabel(variants[second]!.values.map((v) => v.trim()))}"; each variant needs its own combination of values. Change one of them.`);
  }
  const skus = variants.map((v) => v.sku?.trim().toLowerCase() ?? '');
  for (const [first, second] of duplicates(skus)) {
    if (skus[first] === '') continue;
    problems.push(`${of} variants ${first + 1} and ${second + 1} both have the SKU "${variants[second]!.sku!.trim()}"; each variant needs its own SKU.`);
  }
  return problems;
}

/** Throws invalid_input with every problem, so the owner fixes them all in one go. */
export function requireValidVariants(productName: string, optionNames: readonly string[], variants: readonly VariantToCheck[]): void {
  const problems = checkVariants(productName, optionNames, variants);
  if (problems.length > 0) throw new AppError('invalid_input', `${problems.join(' ')} Nothing was saved.`);
}

/** Each later index whose key repeats an earlier one, paired with the first index of that key. */
function duplicates(keys: readonly string[]): [number, number][] {
  const firstAt = new Map<string, number>();
  const out: [number, number][] = [];
  keys.forEach((key, i) => {
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, i);
    else out.push([first, i]);
  });
  return out;
}

function labelOf(values: readonly string[]): string {
  const label = variantLabel(values);
  return label === '' ? '' : ` (${label})`;
}

/** "Red, dark" → "Dark red": the comma's parts read the other way round, as an owner would write them. */
function suggestion(value: string): string {
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return `"${parts.join(' ')}"`;
  const joined = `${parts[1]} ${parts[0]!.toLowerCase()}`;
  return `"${joined.charAt(0).toUpperCase()}${joined.slice(1)}"`;
}
