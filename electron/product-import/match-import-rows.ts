import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import type { CatalogField, CatalogMapping, CatalogRow, FieldChange } from '../../shared/domain/product-import';
import { normalizeCondition } from '../export/condition';
import { formatPrice } from '../../shared/text/format-price';
import { CATALOG_FIELD_DEFS } from './import-fields';
import type { CatalogRecord } from './parse-import-csv';
import { parseValue } from './parse-value';
import { photoKeys, type IndexedDraft, type ProductIndex } from './product-index';

/**
 * The first image of a cell that may list several (WooCommerce "a.jpg, b.jpg", eBay "a.jpg|b.jpg"):
 * every platform makes the first one the featured image (storefront-formats §2.3, §4).
 */
export function firstImageOf(cell: string): string {
  return cell.split(/\s*[|,]\s*(?=[^\s|,])/)[0]?.trim() ?? '';
}

/** The file name at the end of a path or URL: "https://x/a/IMG%201.jpg?v=2" → "IMG 1.jpg". */
export function fileNameOf(cell: string): string {
  const last = firstImageOf(cell).split(/[\\/]/).pop() ?? '';
  const bare = last.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    // Not percent-encoded after all (a literal "%" in the name): use it as written.
    return bare;
  }
}

export function currentValue(draft: IndexedDraft, field: CatalogField): string {
  const home = CATALOG_FIELD_DEFS[field].home;
  if ('column' in home) return (draft[home.column] ?? '').trim();
  if ('attribute' in home) return String(draft.attributes[home.attribute] ?? '').trim();
  return '';
}

/** SKUs match without regard to case, so "mug-1" found MUG-1 and is no conflict with it. */
function sameValue(field: CatalogField, a: string, b: string, draft: IndexedDraft, taxonomy?: GoogleTaxonomy): boolean {
  // This app writes a product's Google category into WooCommerce's Categories as its path.
  if (field === 'category' && a !== b) {
    const own = taxonomy?.byId.get(String(draft.attributes[ATTRIBUTE_KEYS.googleProductCategory] ?? ''))?.path;
    if (own !== undefined && own === b) return true;
  }
  if (field === 'price' || field === 'compareAtPrice') return formatPrice(a) === formatPrice(b);
  if (field === 'sku') return a.toLowerCase() === b.toLowerCase();
  // "New" (Shopify's 2024 template), "new" (Google) and eBay's 1000 all say the same.
  if (field === 'condition') return (normalizeCondition(a) ?? a.toLowerCase()) === (normalizeCondition(b) ?? b.toLowerCase());
  return a === b;
}

interface Found {
  productId: number | null;
  matchedBy: 'sku' | 'photo' | null;
  problems: string[];
}

function findProduct(sku: string, photo: string, index: ProductIndex): Found {
  const problems: string[] = [];
  if (sku) {
    const ids = index.bySku.get(sku.toLowerCase()) ?? [];
    if (ids.length === 1) return { productId: ids[0]!, matchedBy: 'sku', problems };
    if (ids.length > 1) problems.push(`SKU ${sku} is on ${ids.length} products (${ids.join(', ')}); give each its own SKU first.`);
  }
  if (photo) {
    const ids = photoKeys(photo).map((k) => index.byPhotoName.get(k) ?? []).find((found) => found.length > 0) ?? [];
    if (ids.length === 1) return { productId: ids[0]!, matchedBy: 'photo', problems };
    if (ids.length > 1) problems.push(`Photo ${photo} is in ${ids.length} products (${ids.join(', ')}).`);
  }
  if (problems.length === 0) {
    problems.push(sku || photo ? `No product has ${[sku && `SKU ${sku}`, photo && `a photo named ${photo}`].filter(Boolean).join(' or ')}.` : 'The row has no SKU or photo file name to match.');
  }
  return { productId: null, matchedBy: null, problems };
}

/**
 * Matches each row to a product by SKU, else by photo file name, and splits its values into fills
 * (the draft has nothing there) and conflicts (the draft holds something else). Pure.
 */
export function matchCatalog(headers: readonly string[], records: readonly CatalogRecord[], mapping: CatalogMapping, index: ProductIndex, taxonomy?: GoogleTaxonomy): CatalogRow[] {
  const column = new Map<CatalogField, number>();
  for (const [field, header] of Object.entries(mapping) as [CatalogField, string][]) column.set(field, headers.indexOf(header));
  const claimedBy = new Map<number, number>();
  /** The first row of each handle, for the rows that continue it. */
  const byHandle = new Map<string, { line: number; productId: number | null }>();
  return records.map((record) => {
    const cell = (field: CatalogField) => (column.has(field) ? (record.cells[column.get(field)!] ?? '').trim() : '');
    const blank: CatalogRow = { line: record.line, status: 'unmatched', productId: null, matchedBy: null, fills: [], conflicts: [], problems: [] };
    const parent = cell('parent');
    if (parent) {
      return { ...blank, problems: [`Line ${record.line} is a variation of ${parent}; Listing Studio keeps one SKU per product, so variation rows are left out.`] };
    }
    const handle = cell('handle');
    const first = handle ? byHandle.get(handle) : undefined;
    if (first) return continuationRow(blank, first, handle, cell('sku'));
    const found = findProduct(cell('sku'), fileNameOf(cell('photoFileName')), index);
    if (handle) byHandle.set(handle, { line: record.line, productId: found.productId });
    const row: CatalogRow = { ...blank, problems: found.problems };
    if (found.productId === null) return row;
    const earlier = claimedBy.get(found.productId);
    if (earlier !== undefined) return { ...row, problems: [`Line ${earlier} already matched product ${found.productId}; this row is left out.`] };
    claimedBy.set(found.productId, record.line);
    const draft = index.drafts.get(found.productId)!;
    const fills: FieldChange[] = [];
    const conflicts: FieldChange[] = [];
    const problems: string[] = [];
    const incoming = new Map<CatalogField, string>();
    for (const field of column.keys()) {
      const raw = cell(field);
      if (MATCH_ONLY.has(field) || !raw) continue;
      const parsed = parseValue(field, raw);
      if (!parsed.ok) problems.push(parsed.problem);
      else incoming.set(field, parsed.value);
    }
    for (const [field, value] of withSalePrice(incoming)) {
      const current = currentValue(draft, field);
      if (!current) fills.push({ field, current, incoming: value });
      else if (!sameValue(field, current, value, draft, taxonomy)) conflicts.push({ field, current, incoming: value });
    }
    return { ...row, status: conflicts.length > 0 ? 'conflict' : 'matched', productId: found.productId, matchedBy: found.matchedBy, fills, conflicts, problems };
  });
}

const MATCH_ONLY = new Set<CatalogField>(['photoFileName', 'handle', 'parent']);

/**
 * A row that shares the handle of an earlier one: with no SKU it is a further image of that product
 * (Shopify's image rows); with its own SKU it is a variant, which this app does not keep apart.
 */
function continuationRow(blank: CatalogRow, first: { line: number; productId: number | null }, handle: string, sku: string): CatalogRow {
  if (sku) return { ...blank, problems: [`Line ${blank.line} is a variant of ${handle} (line ${first.line}); Listing Studio keeps one SKU per product, so variant rows are left out.`] };
  if (first.productId === null) return { ...blank, problems: [`Line ${blank.line} adds an image to ${handle}, whose first row (line ${first.line}) matched no product.`] };
  return { ...blank, status: 'matched', productId: first.productId, matchedBy: 'continuation' };
}

/**
 * On a row with a sale price (WooCommerce), that is what the customer pays, and the regular price
 * becomes the compare-at price (Shopify's name for it) unless the file gives one itself.
 */
function withSalePrice(incoming: Map<CatalogField, string>): Map<CatalogField, string> {
  const sale = incoming.get('salePrice');
  const out = new Map(incoming);
  out.delete('salePrice');
  if (!sale) return out;
  const regular = incoming.get('price');
  out.set('price', sale);
  if (regular && !incoming.has('compareAtPrice') && Number(regular) > Number(sale)) out.set('compareAtPrice', regular);
  return out;
}
