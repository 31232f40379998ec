import { CATALOG_FIELDS, type CatalogMapping } from '../../shared/domain/product-import';
import { CATALOG_FIELD_DEFS, normaliseHeader } from './import-fields';
import { findVariantColumns } from './variant-columns';

/** A header's names to compare: as written, and without a "(…)" note such as a metafield key. */
function headerNames(header: string): string[] {
  return [normaliseHeader(header), normaliseHeader(header.replace(/\(.*?\)/g, ''))];
}

/** Maps each field to the first header that names it; a header feeds at most one field. */
export function guessMapping(headers: readonly string[]): CatalogMapping {
  const mapping: CatalogMapping = {};
  const taken = new Set<string>();
  // WooCommerce's Type says simple, variable or variation (§2.2), not what the product is: never its category.
  const wooType = findVariantColumns(headers).type;
  if (wooType >= 0) taken.add(headers[wooType]!);
  const names = headers.map(headerNames);
  for (const field of CATALOG_FIELDS) {
    for (const name of CATALOG_FIELD_DEFS[field].headers) {
      const i = names.findIndex((candidates, idx) => candidates.includes(name) && !taken.has(headers[idx]!));
      if (i >= 0) {
        mapping[field] = headers[i]!;
        taken.add(headers[i]!);
        break;
      }
    }
  }
  return mapping;
}

export function unmappedHeaders(headers: readonly string[], mapping: CatalogMapping): string[] {
  const used = new Set(Object.values(mapping));
  return headers.filter((h) => !used.has(h));
}
