import { PLATFORM_LIMITS, VARIANT_RULES } from '../../../shared/domain/platform-limits';
import type { Listing, ListingVariant } from '../listing';
import { describeVariant, variantPrice, variantSku, variantTitle } from '../listing-variant';
import type { FieldIssue, TargetSpec } from '../targets/types';

/**
 * The pre-flight for a product with variants, per target (rules in VARIANT_RULES, each cited
 * there). Messages start with "– Blue" after the collector's “Title” (SKU …), so the owner reads
 * which product and which variant. Every finding is about this one product: an error leaves it
 * out under 'skip' and the rest of the batch still goes.
 */
export function checkVariants(spec: TargetSpec, listing: Listing): FieldIssue[] {
  const rules = VARIANT_RULES[spec.id];
  if (listing.variants.length === 0 || !rules) return [];
  const issues: FieldIssue[] = [];
  const error = (field: string, code: FieldIssue['code'], message: string) => issues.push({ field, code, severity: 'error', message });
  const label = PLATFORM_LIMITS[spec.id].label;

  if (listing.optionNames.length > rules.optionsMax) {
    error('options', 'too_many', `has ${listing.optionNames.length} options (${listing.optionNames.join(', ')}); ${label} allows ${rules.optionsMax}. Remove one, or make it a separate product.`);
  }
  if (listing.variants.length > rules.variantsMax) {
    error('variants', 'too_many', `has ${listing.variants.length} variants; ${label} allows ${rules.variantsMax} per product. Split it into two products.`);
  }
  if (listing.optionNames.length === 0) error('options', 'missing', 'has variants but no option names; name the options (e.g. Color, Size) in the editor.');
  const seen = new Set<string>();
  const skus = new Map<string, ListingVariant>();
  for (const variant of listing.variants) {
    const name = describeVariant(listing, variant);
    listing.optionNames.forEach((option, i) => {
      const value = (variant.values[i] ?? '').trim();
      if (!value) error('options', 'missing', `– ${name} has no ${option}; give every variant a value for each option.`);
      const bad = rules.forbiddenInValues.find((ch) => value.includes(ch));
      if (bad) error('options', 'invalid_value', `– ${name}: the ${option} “${value}” holds “${bad}”, which ${label} reads as a separator between values; reword it without one.`);
    });
    const combination = listing.optionNames.map((_, i) => (variant.values[i] ?? '').trim().toLowerCase()).join('\u0000');
    if (seen.has(combination)) error('options', 'invalid_value', `has two variants with the same options (${name}); give each its own combination, or remove one.`);
    else seen.add(combination);
    if (spec.requires.price && !variantPrice(listing, variant)) error('price', 'missing', `– ${name} has no price, and the product has none to fall back on.`);
    const sku = variantSku(listing, variant);
    if (spec.requires.sku && !sku) error('sku', 'missing', `– ${name} has no SKU; give it one, or give the product a SKU to build it from.`);
    const skuMax = PLATFORM_LIMITS[spec.id].skuMax;
    if (skuMax !== undefined && sku.length > skuMax) error('sku', 'too_long', `– ${name}: SKU ${sku} has ${sku.length} characters; ${label} allows ${skuMax}.`);
    const skuTwin = sku ? skus.get(sku.toLowerCase()) : undefined;
    if (sku && skuTwin) error('sku', 'invalid_value', `– ${name} has the SKU ${sku}, like ${describeVariant(listing, skuTwin)}; give each variant its own.`);
    else if (sku) skus.set(sku.toLowerCase(), variant);
    if (rules.rowPerVariant) {
      const title = variantTitle(listing, variant);
      const max = PLATFORM_LIMITS[spec.id].titleMax;
      if (title.length > max) error('title', 'too_long', `– ${name}: the title with the variant's values, “${title.slice(0, 40)}…”, has ${title.length} characters; ${label} allows ${max}. Shorten the title.`);
    }
  }
  return issues;
}
