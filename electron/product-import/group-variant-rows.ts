import type { CatalogField } from '../../shared/domain/product-import';
import type { CatalogRecord } from './parse-import-csv';
import { findVariantColumns, type OptionColumn } from './variant-columns';

/** One row of the file that is a variant of a product. */
export interface VariantLine {
  index: number;
  line: number;
  /** Its values, in the order of the group's option names ('' where it gives none). */
  values: string[];
  sku: string;
  /** The cell naming the variant's own image (Shopify's Variant image URL, a variation's Images). */
  image: string;
}

/** A product of the file together with its variant rows. */
export interface VariantGroup {
  kind: 'shopify' | 'woocommerce';
  /** The row holding the product's own fields (Shopify's first row of the handle, WooCommerce's variable parent); null: the parent is not in the file. */
  productIndex: number | null;
  /** WooCommerce's Parent cell, to find the product in the library when the file does not hold it. */
  parentRef: string | null;
  /** The product's name in the file (Title, Name), else its handle or Parent: for messages until it is matched. */
  fileName: string;
  optionNames: string[];
  /** Shopify: the first row is the first variant too. */
  variants: VariantLine[];
  /** Further rows of the product that only add images (Shopify). */
  imageIndexes: number[];
}

export type RowRole =
  | { kind: 'plain' }
  /** A further image of the product whose first row is firstIndex (Shopify's image rows). */
  | { kind: 'image'; firstIndex: number }
  | { kind: 'group'; group: number }
  /** A row left out on its own, for the reason given. */
  | { kind: 'alone'; problem: string };

export interface VariantLayout {
  roles: RowRole[];
  groups: VariantGroup[];
}

type Cell = (index: number, field: CatalogField) => string;

/** WooCommerce writes a comma inside one list value as "\," (storefront-formats §2.2). */
function unescapeListValue(value: string): string {
  return value.replace(/\\,/g, ',');
}

/**
 * Which rows are variants of which product (pure). Shopify: rows sharing a URL handle; the first
 * names the options (Option1 name…) and is the first variant, later rows with a SKU or option
 * values are further variants, and later rows with neither only add images (§1.3, §1.4). A lone
 * "Title / Default Title" row is a product without variants (§1.2). WooCommerce: `variation` rows
 * whose Parent names a `variable` row by SKU or id:N; the options are the attributes the
 * variations give values for (§2.4).
 */
export function groupVariantRows(headers: readonly string[], records: readonly CatalogRecord[], cell: Cell): VariantLayout {
  const columns = findVariantColumns(headers);
  const raw = (index: number, column: number) => (column >= 0 ? (records[index]!.cells[column] ?? '').trim() : '');
  const roles: RowRole[] = records.map(() => ({ kind: 'plain' }));
  const groups: VariantGroup[] = [];

  const isVariation = (i: number) =>
    columns.type >= 0 ? raw(i, columns.type).toLowerCase().split(/\s*,\s*/).includes('variation') : cell(i, 'parent') !== '';

  const scan: RowScan = { records, cell, raw, columns, isVariation, roles, groups };
  groupShopifyRows(scan, columns.shopifyOptions);
  groupWooRows(scan, columns.wooAttributes);
  return { roles, groups };
}

/** What both storefronts' groupers read, and the roles and groups they fill in. */
interface RowScan {
  records: readonly CatalogRecord[];
  cell: Cell;
  raw: (index: number, column: number) => string;
  columns: ReturnType<typeof findVariantColumns>;
  isVariation: (i: number) => boolean;
  roles: RowRole[];
  groups: VariantGroup[];
}

function groupShopifyRows(scan: RowScan, options: OptionColumn[]): void {
  const { records, cell, raw, columns, isVariation, roles, groups } = scan;
  const handles = new Map<string, { first: number; variants: number[]; images: number[] }>();
  records.forEach((_, i) => {
    const handle = cell(i, 'handle');
    if (!handle || isVariation(i)) return;
    const seen = handles.get(handle);
    if (!seen) handles.set(handle, { first: i, variants: [], images: [] });
    else if (cell(i, 'sku') || options.some((o) => raw(i, o.value))) seen.variants.push(i);
    else seen.images.push(i);
  });
  for (const [handle, { first, variants, images }] of handles) {
    const named = options.filter((o) => raw(first, o.name) !== '');
    const names = named.map((o) => raw(first, o.name));
    const defaultTitle = names.length === 1 && names[0]!.toLowerCase() === 'title' && raw(first, named[0]!.value).toLowerCase() === 'default title';
    const image = (i: number) => raw(i, columns.variantImage);
    for (const i of images) roles[i] = { kind: 'image', firstIndex: first };
    if (variants.length === 0 && (names.length === 0 || defaultTitle)) continue;
    if (options.length === 0) {
      for (const i of variants) {
        roles[i] = {
          kind: 'alone',
          problem: `Line ${records[i]!.line} is a further variant of ${handle} (line ${records[first]!.line}), but the file has no Option1 name and Option1 value columns to tell its variants apart; add them (as Shopify's product CSV has) and import again.`,
        };
      }
      continue;
    }
    const group = groups.length;
    groups.push({
      kind: 'shopify',
      productIndex: first,
      parentRef: null,
      fileName: raw(first, columns.title) || handle,
      optionNames: names,
      variants: [first, ...variants].map((i) => ({ index: i, line: records[i]!.line, values: named.map((o) => raw(i, o.value)), sku: cell(i, 'sku'), image: image(i) })),
      imageIndexes: images,
    });
    for (const i of [first, ...variants, ...images]) roles[i] = { kind: 'group', group };
  }
}

function groupWooRows(scan: RowScan, attributes: OptionColumn[]): void {
  const { records, cell, raw, columns, isVariation, roles, groups } = scan;
  const byId = new Map<string, number>();
  const bySku = new Map<string, number>();
  records.forEach((_, i) => {
    if (isVariation(i)) return;
    const id = raw(i, columns.id);
    const sku = cell(i, 'sku').toLowerCase();
    if (id && !byId.has(id)) byId.set(id, i);
    if (sku && !bySku.has(sku)) bySku.set(sku, i);
  });
  const attributePairs = (i: number) =>
    attributes.map((a) => ({ name: raw(i, a.name), value: unescapeListValue(raw(i, a.value)) })).filter((p) => p.name !== '');

  const byParent = new Map<string, { parent: number | null; ref: string; rows: number[] }>();
  records.forEach((_, i) => {
    if (!isVariation(i)) return;
    const ref = cell(i, 'parent');
    if (!ref) {
      roles[i] = { kind: 'alone', problem: `Line ${records[i]!.line} is a variation but its Parent cell is empty; put the parent product's SKU (or id:N) there and import again.` };
      return;
    }
    const idRef = /^id:(\d+)$/i.exec(ref);
    const parent = (idRef ? byId.get(idRef[1]!) : bySku.get(ref.toLowerCase())) ?? null;
    const key = parent !== null ? `row:${parent}` : `ref:${ref.toLowerCase()}`;
    const entry = byParent.get(key) ?? { parent, ref, rows: [] };
    entry.rows.push(i);
    byParent.set(key, entry);
  });

  for (const { parent, ref, rows } of byParent.values()) {
    // The parent's attribute order first, then any the variations add; only those some variation gives a value for vary.
    const order: string[] = [];
    const addName = (name: string) => {
      if (!order.some((n) => n.toLowerCase() === name.toLowerCase())) order.push(name);
    };
    if (parent !== null) attributePairs(parent).forEach((p) => addName(p.name));
    rows.forEach((i) => attributePairs(i).forEach((p) => addName(p.name)));
    const valueOf = (i: number, name: string) => attributePairs(i).find((p) => p.name.toLowerCase() === name.toLowerCase())?.value ?? '';
    const names = order.filter((name) => rows.some((i) => valueOf(i, name) !== ''));
    const group = groups.length;
    groups.push({
      kind: 'woocommerce',
      productIndex: parent,
      parentRef: ref,
      fileName: (parent !== null ? raw(parent, columns.title) : '') || ref,
      optionNames: names,
      variants: rows.map((i) => ({ index: i, line: records[i]!.line, values: names.map((n) => valueOf(i, n)), sku: cell(i, 'sku'), image: cell(i, 'photoFileName') })),
      imageIndexes: [],
    });
    for (const i of parent !== null ? [parent, ...rows] : rows) roles[i] = { kind: 'group', group };
  }
}
