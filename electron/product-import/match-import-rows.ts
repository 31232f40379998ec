import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import type { CatalogField, CatalogMapping, CatalogRow, VariantProduct } from '../../shared/domain/product-import';
import { findProduct } from './find-product';
import { groupVariantRows } from './group-variant-rows';
import { fileNameOf } from './image-file-name';
import { matchVariantGroup } from './match-variant-group';
import type { CatalogRecord } from './parse-import-csv';
import type { ProductIndex } from './product-index';
import { draftChanges, readRowValues } from './row-values';

export { fileNameOf, firstImageOf } from './image-file-name';
export { currentValue } from './row-values';

export interface MatchedCatalog {
  rows: CatalogRow[];
  variantProducts: VariantProduct[];
}

/**
 * Matches each row to a product by SKU, else by photo file name, and splits its values into fills
 * (the draft has nothing there) and conflicts (the draft holds something else). Variant rows of
 * Shopify and WooCommerce files go with their product (match-variant-group.ts). Pure.
 */
export function matchCatalog(headers: readonly string[], records: readonly CatalogRecord[], mapping: CatalogMapping, index: ProductIndex, taxonomy?: GoogleTaxonomy): MatchedCatalog {
  const column = new Map<CatalogField, number>();
  for (const [field, header] of Object.entries(mapping) as [CatalogField, string][]) column.set(field, headers.indexOf(header));
  const fields = [...column.keys()];
  const cellAt = (i: number, field: CatalogField) => (column.has(field) ? (records[i]!.cells[column.get(field)!] ?? '').trim() : '');
  const layout = groupVariantRows(headers, records, cellAt);
  const claimedBy = new Map<number, number>();
  const done = new Map<number, CatalogRow>();
  const variantProducts: VariantProduct[] = [];

  const rows = records.map((record, i): CatalogRow => {
    const settled = done.get(i);
    if (settled) return settled;
    const blank: CatalogRow = { line: record.line, status: 'unmatched', productId: null, matchedBy: null, fills: [], conflicts: [], problems: [], variant: null };
    const role = layout.roles[i]!;
    if (role.kind === 'alone') return { ...blank, problems: [role.problem] };
    if (role.kind === 'image') return imageRow(blank, done.get(role.firstIndex)!, cellAt(i, 'handle'));
    if (role.kind === 'group') {
      const result = matchVariantGroup(layout.groups[role.group]!, { records, fields, cell: cellAt, index, taxonomy, claimedBy });
      for (const [at, row] of result.rows) done.set(at, row);
      variantProducts.push(result.product);
      return done.get(i)!;
    }
    const row = productRow(blank, (f) => cellAt(i, f));
    done.set(i, row);
    return row;
  });
  return { rows, variantProducts };

  function productRow(blank: CatalogRow, cell: (field: CatalogField) => string): CatalogRow {
    const found = findProduct(cell('sku'), fileNameOf(cell('photoFileName')), index);
    const row: CatalogRow = { ...blank, problems: found.problems };
    if (found.productId === null) return row;
    const earlier = claimedBy.get(found.productId);
    if (earlier !== undefined) return { ...row, problems: [`Line ${earlier} already matched ${index.labels.get(found.productId) ?? `product ${found.productId}`}; this row is left out.`] };
    claimedBy.set(found.productId, blank.line);
    const read = readRowValues(fields, cell);
    const { fills, conflicts } = draftChanges(index.drafts.get(found.productId)!, read.incoming, taxonomy);
    return { ...row, status: conflicts.length > 0 ? 'conflict' : 'matched', productId: found.productId, matchedBy: found.matchedBy, fills, conflicts, problems: read.problems };
  }
}

/** A row that shares the handle of an earlier one and has no SKU or option values: a further image of that product (Shopify's image rows). */
function imageRow(blank: CatalogRow, first: CatalogRow, handle: string): CatalogRow {
  if (first.productId === null) return { ...blank, problems: [`Line ${blank.line} adds an image to ${handle}, whose first row (line ${first.line}) matched no product.`] };
  return { ...blank, status: 'matched', productId: first.productId, matchedBy: 'continuation' };
}
