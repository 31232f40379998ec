import type { VariantChange, VariantField, VariantPlan } from '../../shared/domain/product-import';
import { variantLabel } from '../../shared/domain/variant';
import { formatPrice } from '../../shared/text/format-price';
import type { GroupProblem } from './check-variant-group';
import type { VariantGroup, VariantLine } from './group-variant-rows';
import { fileNameOf } from './image-file-name';
import { photoKeys, type IndexedVariant, type ProductIndex } from './product-index';

/** The values a variant row brings for the variant's own fields, already read (parse-value.ts). */
export type VariantValues = Partial<Record<Exclude<VariantField, 'options'>, string>>;

export interface GroupPlan {
  problems: GroupProblem[];
  /** The product's option names after the import (its own, else the file's). */
  optionNames: string[];
  setsOptionNames: boolean;
  /** By record index. */
  plans: Map<number, VariantPlan>;
}

const VALUE_FIELDS = ['sku', 'price', 'barcode', 'quantity'] as const;

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v.trim().toLowerCase() === (b[i] ?? '').trim().toLowerCase());

function sameField(field: (typeof VALUE_FIELDS)[number], a: string, b: string): boolean {
  if (field === 'sku') return a.toLowerCase() === b.toLowerCase();
  if (field === 'price') return formatPrice(a) === formatPrice(b);
  return a === b;
}

/**
 * Lines the group's option order up with the product's: the same names (case aside) in any order
 * map onto the product's; other names cannot, since each variant's values follow the product's names.
 */
function alignOptions(fileNames: readonly string[], productNames: readonly string[]): number[] | null {
  if (productNames.length === 0) return fileNames.map((_, i) => i);
  if (productNames.length !== fileNames.length) return null;
  const order = productNames.map((name) => fileNames.findIndex((f) => f.toLowerCase() === name.toLowerCase()));
  return order.every((i) => i >= 0) ? order : null;
}

/**
 * What a product's variant rows do to its variants (pure): each row finds its variant by SKU within
 * the product, else by the same option values; a row that finds none adds a variant. As with drafts,
 * an empty field is filled and a field holding something else is a conflict the owner decides; an
 * option value the owner typed is never replaced without asking, one the app guessed (from a file
 * name or the pixels) is. A SKU that another product already uses, or a variant two rows claim,
 * leaves the product out.
 */
export function planVariantGroup(group: VariantGroup, productId: number, name: string, values: ReadonlyMap<number, VariantValues>, index: ProductIndex): GroupPlan {
  const productNames = index.optionNames.get(productId) ?? [];
  const existing = index.variants.get(productId) ?? [];
  const leftOut = `the rows of ${name} are left out`;
  const problems: GroupProblem[] = [];
  const plans = new Map<number, VariantPlan>();
  const order = alignOptions(group.optionNames, productNames);
  const firstLine = group.variants[0]?.line ?? 0;
  if (order === null) {
    problems.push({
      line: firstLine,
      message: `Line ${firstLine}: ${name} has the options ${productNames.join(', ')} in your library, but the file names ${group.optionNames.join(', ')}. Rename the options in the file to match and import again; ${leftOut}.`,
    });
    return { problems, optionNames: productNames, setsOptionNames: false, plans };
  }
  const optionNames = productNames.length > 0 ? productNames : group.optionNames;
  const aligned = (line: VariantLine) => order.map((i) => line.values[i] ?? '');

  for (const line of group.variants) {
    const sku = values.get(line.index)?.sku?.toLowerCase();
    if (!sku) continue;
    const other = [...(index.byVariantSku.get(sku) ?? []), ...(index.bySku.get(sku) ?? [])].find((id) => id !== productId);
    if (other !== undefined) {
      problems.push({ line: line.line, message: `Line ${line.line}: SKU ${values.get(line.index)!.sku} already belongs to ${index.labels.get(other) ?? `product ${other}`} in your library, not to ${name}. Correct the SKU in the file and import again; ${leftOut}.` });
    }
  }

  // SKUs first, so a row matching by values never takes the variant a later row names by SKU.
  const found = new Map<number, { variant: IndexedVariant; by: 'sku' | 'options' }>();
  const claimed = new Map<number, number>();
  const claim = (line: VariantLine, variant: IndexedVariant, by: 'sku' | 'options') => {
    found.set(line.index, { variant, by });
    claimed.set(variant.id, line.line);
  };
  for (const line of group.variants) {
    const sku = values.get(line.index)?.sku?.toLowerCase();
    const variant = sku ? existing.find((v) => v.sku?.trim().toLowerCase() === sku && !claimed.has(v.id)) : undefined;
    if (variant) claim(line, variant, 'sku');
  }
  for (const line of group.variants) {
    if (found.has(line.index)) continue;
    const same = existing.find((v) => sameValues(v.values, aligned(line)));
    if (!same) continue;
    const by = claimed.get(same.id);
    if (by === undefined) claim(line, same, 'options');
    else {
      problems.push({
        line: line.line,
        message: `Line ${line.line}: ${name} already has a variant "${variantLabel(same.values)}", which line ${by} updates by its SKU; two variants cannot share those values. Correct the values or SKU of one of the two lines and import again; ${leftOut}.`,
      });
    }
  }

  const takenPhotos = new Set<number>();
  for (const line of group.variants) {
    const incoming = values.get(line.index) ?? {};
    const match = found.get(line.index);
    const target = aligned(line);
    const fills: VariantChange[] = [];
    const conflicts: VariantChange[] = [];
    const current = match?.variant;
    if (!current) fills.push({ field: 'options', current: '', incoming: variantLabel(target) });
    else if (!sameValues(current.values, target)) {
      // An option value the owner typed is theirs; one guessed from a file name or the pixels may be replaced.
      const ownerTyped = target.some((v, i) => (current.values[i] ?? '') !== '' && (current.values[i] ?? '').toLowerCase() !== v.toLowerCase() && current.sources[i] === 'owner');
      (ownerTyped ? conflicts : fills).push({ field: 'options', current: variantLabel(current.values), incoming: variantLabel(target) });
    }
    for (const field of VALUE_FIELDS) {
      const value = incoming[field];
      if (!value) continue;
      const now = current?.[field]?.trim() ?? '';
      if (!now) fills.push({ field, current: '', incoming: value });
      else if (!sameField(field, now, value)) conflicts.push({ field, current: now, incoming: value });
    }
    plans.set(line.index, { values: target, variantId: current?.id ?? null, matchedBy: match?.by ?? null, fills, conflicts, photoId: photoFor(line, productId, current?.id ?? null, index, takenPhotos) });
  }
  return { problems, optionNames, setsOptionNames: productNames.length === 0, plans };
}

/**
 * The product's photo the row's variant image names, when it does not show a variant yet: the
 * owner's choice of which variant a photo shows stands. A photo several rows name goes to the
 * first (Shopify's own sample names one colour's photo on each of its sizes).
 */
function photoFor(line: VariantLine, productId: number, variantId: number | null, index: ProductIndex, taken: Set<number>): number | null {
  const image = fileNameOf(line.image);
  if (!image) return null;
  const keys = photoKeys(image);
  const photo = (index.photos.get(productId) ?? []).find((p) => p.keys.some((k) => keys.includes(k)));
  if (!photo || taken.has(photo.id) || photo.variantId !== null) return null;
  if (variantId !== null && photo.variantId === variantId) return null;
  taken.add(photo.id);
  return photo.id;
}
