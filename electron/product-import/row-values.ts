import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import type { CatalogField, FieldChange } from '../../shared/domain/product-import';
import { normalizeCondition } from '../export/condition';
import { formatPrice } from '../../shared/text/format-price';
import { CATALOG_FIELD_DEFS } from './import-fields';
import { parseValue } from './parse-value';
import type { IndexedDraft } from './product-index';

/** Fields that only find a row's product or tell its rows apart; they write nothing. */
export const MATCH_ONLY = new Set<CatalogField>(['photoFileName', 'handle', 'parent']);

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

/** Reads a row's mapped cells, except the fields left out; a value that cannot be read becomes a problem. */
export function readRowValues(fields: Iterable<CatalogField>, cell: (field: CatalogField) => string, leaveOut: ReadonlySet<CatalogField> = new Set()): { incoming: Map<CatalogField, string>; problems: string[] } {
  const incoming = new Map<CatalogField, string>();
  const problems: string[] = [];
  for (const field of fields) {
    const raw = cell(field);
    if (MATCH_ONLY.has(field) || leaveOut.has(field) || !raw) continue;
    const parsed = parseValue(field, raw);
    if (!parsed.ok) problems.push(parsed.problem);
    else incoming.set(field, parsed.value);
  }
  return { incoming: withSalePrice(incoming), problems };
}

/** Splits a row's values into fills (the draft has nothing there) and conflicts (it holds something else). */
export function draftChanges(draft: IndexedDraft, incoming: ReadonlyMap<CatalogField, string>, taxonomy?: GoogleTaxonomy): { fills: FieldChange[]; conflicts: FieldChange[] } {
  const fills: FieldChange[] = [];
  const conflicts: FieldChange[] = [];
  for (const [field, value] of incoming) {
    const current = currentValue(draft, field);
    if (!current) fills.push({ field, current, incoming: value });
    else if (!sameValue(field, current, value, draft, taxonomy)) conflicts.push({ field, current, incoming: value });
  }
  return { fills, conflicts };
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
