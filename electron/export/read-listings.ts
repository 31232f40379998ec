import Database from 'better-sqlite3';
import type { ExportTarget } from '../../shared/domain/platform-limits';
import type { DraftFlag } from '../../shared/domain/draft';
import type { ExportStatus } from '../../shared/domain/export';
import type { Db } from '../db/open-database';
import type { DraftRow } from '../drafts/draft-row';
import { inLibrary } from '../products/in-library';
import { sqliteNativeBinding } from '../db/native-binding';
import type { Listing, ListingPhoto, ListingVariant } from './listing';

/** The drafts row's text columns plus the product's photos, option names and variants, each as JSON. */
type ListingRow = Pick<DraftRow, 'product_id' | 'title' | 'description' | 'tags' | 'attributes' | 'price' | 'sku' | 'status' | 'flags'> & {
  photos: string;
  option_names: string;
  variants: string;
};

/** A photo as the statement gives it: which variant it shows (null: shared by all) comes along. */
type PhotoRow = ListingPhoto & { variantId: number | null };
type VariantJson = Omit<ListingVariant, 'photoIndexes'> & { id: number };

/** Products in the Trash, or merged into another, are never exported. */
const LIVE = `JOIN products lp ON lp.id = d.product_id AND ${inLibrary('lp')}`;

/**
 * Each draft's photos and variants come back as JSON arrays so one statement streams everything
 * (variants in position order, by the variants_by_product index; '[]' for a product without).
 */
const SELECT = `
  SELECT d.product_id, d.title, d.description, d.tags, d.attributes, d.price, d.sku, d.status, d.flags,
    (SELECT json_group_array(json_object('sha256', p.sha256, 'format', p.format, 'originalName', p.original_name, 'variantId', p.variant_id))
       FROM (SELECT sha256, format, original_name, variant_id FROM photos WHERE product_id = d.product_id ORDER BY position) p
    ) AS photos,
    lp.option_names,
    (SELECT json_group_array(json_object('id', v.id, 'values', json(v.option_values), 'sku', v.sku, 'price', v.price, 'barcode', v.barcode, 'quantity', v.quantity))
       FROM (SELECT id, option_values, sku, price, barcode, quantity FROM variants WHERE product_id = d.product_id ORDER BY position, id) v
    ) AS variants
  FROM drafts d ${LIVE}`;

export interface ListingSelection {
  target: ExportTarget;
  /** Named products are taken whatever their status or earlier exports. */
  productIds?: readonly number[];
  /** Without productIds: which drafts. Defaults to approved. */
  status?: ExportStatus;
  /** Without productIds: also drafts already exported to this target. */
  includeExported?: boolean;
}

/**
 * Which statuses each choice takes. A draft exported to one storefront carries status 'exported',
 * and is still approved for every storefront it has not gone to; 'all' leaves out only products
 * with no listing written yet.
 */
const STATUSES: Record<ExportStatus, readonly string[]> = {
  approved: ['approved', 'exported'],
  draft: ['draft'],
  flagged: ['flagged'],
  all: ['draft', 'flagged', 'approved', 'exported'],
};

/** The WHERE clause and its parameters for a selection (d = drafts). */
function where(selection: ListingSelection): { sql: string; params: unknown[] } {
  if (selection.productIds) return { sql: 'd.product_id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(selection.productIds)] };
  const statuses = STATUSES[selection.status ?? 'approved'];
  const sql = `d.status IN (${statuses.map(() => '?').join(', ')})`;
  if (selection.includeExported) return { sql, params: [...statuses] };
  return {
    sql: `${sql} AND NOT EXISTS (SELECT 1 FROM exports e WHERE e.target = ? AND e.product_id = d.product_id)`,
    params: [...statuses, selection.target],
  };
}

/**
 * A read-only second connection for the export's long reads. An open better-sqlite3 iterator
 * makes its connection refuse every other statement, and export awaits file writes mid-iteration,
 * so iterating the app's own connection would break any edit made while an export runs. WAL lets
 * this reader see one consistent snapshot while the app keeps writing.
 */
export function openListingReader(db: Db): Db {
  return new Database(db.name, { readonly: true, fileMustExist: true, nativeBinding: sqliteNativeBinding() });
}

export function countListings(db: Db, selection: ListingSelection): number {
  const { sql, params } = where(selection);
  return (db.prepare(`SELECT count(*) AS n FROM drafts d ${LIVE} WHERE ${sql}`).get(...params) as { n: number }).n;
}

/**
 * Whether any selected product has variants: a file that holds one gets the targets' variant
 * columns (WooCommerce's Parent), and a file without any stays byte for byte as before.
 */
export function selectionHasVariants(db: Db, selection: ListingSelection): boolean {
  const { sql, params } = where(selection);
  return db.prepare(`SELECT EXISTS (SELECT 1 FROM drafts d ${LIVE} JOIN variants v ON v.product_id = d.product_id WHERE ${sql}) AS found`).pluck().get(...params) === 1;
}

/** The GTIN read from a product's photos. Asked of another connection: `db` is busy iterating. */
export type PhotoGtinLookup = (productId: number) => string | undefined;

/** Streams listings in product-id order, so handles and image names come out the same every time. */
export function* iterateListings(db: Db, selection: ListingSelection, photoGtin?: PhotoGtinLookup): Generator<Listing> {
  const { sql, params } = where(selection);
  const rows = db.prepare<unknown[], ListingRow>(`${SELECT} WHERE ${sql} ORDER BY d.product_id`).iterate(...params);
  for (const row of rows) {
    const listing = toListing(row);
    const gtin = photoGtin?.(listing.productId);
    yield gtin ? { ...listing, photoGtin: gtin } : listing;
  }
}

/** Drafts per status, and how many of them already went to this target: what a selection left out. */
export interface StatusTally {
  status: string;
  exportedHere: boolean;
  count: number;
}

export function tallyDrafts(db: Db, target: ExportTarget): StatusTally[] {
  const rows = db
    .prepare<[string], { status: string; exported_here: number; n: number }>(
      `SELECT d.status, EXISTS (SELECT 1 FROM exports e WHERE e.target = ? AND e.product_id = d.product_id) AS exported_here, count(*) AS n
       FROM drafts d ${LIVE} GROUP BY 1, 2`,
    )
    .all(target);
  return rows.map((r) => ({ status: r.status, exportedHere: r.exported_here === 1, count: r.n }));
}

/** Counted by reason, for "12 left out: 9 not approved, 3 already exported to Shopify". */
export function leftOutReasons(tally: readonly StatusTally[], selection: ListingSelection, targetLabel: string): { reason: string; count: number }[] {
  if (selection.productIds) return [];
  const taken = STATUSES[selection.status ?? 'approved'];
  const counts = new Map<string, number>();
  const add = (reason: string, n: number) => counts.set(reason, (counts.get(reason) ?? 0) + n);
  for (const t of tally) {
    if (!taken.includes(t.status)) add(t.status === 'new' ? 'no listing written yet' : `status ${t.status}`, t.count);
    else if (t.exportedHere && !selection.includeExported) add(`already exported to ${targetLabel}`, t.count);
  }
  return [...counts].filter(([, n]) => n > 0).map(([reason, count]) => ({ reason, count }));
}

function toListing(row: ListingRow): Listing {
  const photoRows = JSON.parse(row.photos) as PhotoRow[];
  return {
    productId: row.product_id,
    title: row.title,
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    attributes: stringValues(JSON.parse(row.attributes) as Record<string, unknown>),
    price: row.price,
    sku: row.sku,
    status: row.status,
    flags: JSON.parse(row.flags) as DraftFlag[],
    photos: photoRows.map(({ sha256, format, originalName }) => ({ sha256, format, originalName })),
    optionNames: JSON.parse(row.option_names) as string[],
    variants: toVariants(JSON.parse(row.variants) as VariantJson[], photoRows),
  };
}

/** Each variant with the places of its own photos in the listing's photo list. */
function toVariants(variants: readonly VariantJson[], photos: readonly PhotoRow[]): ListingVariant[] {
  if (variants.length === 0) return [];
  return variants.map(({ id, values, sku, price, barcode, quantity }) => ({
    values,
    sku,
    price,
    barcode,
    quantity,
    photoIndexes: photos.flatMap((p, i) => (p.variantId === id ? [i] : [])),
  }));
}

function stringValues(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (value !== null && value !== undefined) out[key] = String(value);
  return out;
}
