/**
 * The part every SKU shares, cut at a separator: TEE-01-RED, TEE-01-BLUE → "TEE-01"; MUG_S, MUG_L
 * → "MUG". What a product with variants can go by when it needs a SKU of its own (WooCommerce's
 * parent). null when they share no whole part, when there is only one, or when the stem is one of
 * the SKUs itself (it would clash). Case as in the first SKU. Pure.
 */
export function skuStem(skus: readonly string[]): string | null {
  const given = skus.map((s) => s.trim()).filter((s) => s !== '');
  if (given.length < 2) return null;
  const first = given[0]!;
  let length = first.length;
  for (const sku of given.slice(1)) {
    let same = 0;
    while (same < length && same < sku.length && sku[same]!.toLowerCase() === first[same]!.toLowerCase()) same++;
    length = same;
  }
  // Cut back to the last separator inside the shared part, unless every SKU breaks right there.
  const atBreak = given.every((s) => s.length === length || SEPARATOR.test(s[length]!));
  let end = length;
  if (!atBreak) {
    while (end > 0 && !SEPARATOR.test(first[end]!)) end--;
  }
  const stem = first.slice(0, end).replace(TRAILING_SEPARATORS, '');
  if (stem === '' || given.some((s) => s.toLowerCase() === stem.toLowerCase())) return null;
  return stem;
}

const SEPARATOR = /[-_./\s]/;
const TRAILING_SEPARATORS = /[-_./\s]+$/;
