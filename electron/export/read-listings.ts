import Database from 'better-sqlite3';
import type { Db } from '../db/open-database';
import type { DraftRow } from '../drafts/draft-row';
import { inLibrary } from '../products/in-library';
import { sqliteNativeBinding } from '../db/native-binding';
import type { Listing, ListingPhoto } from './listing';

/** The drafts row's text columns plus the product's photos as one JSON array. */
type ListingRow = Pick<DraftRow, 'product_id' | 'title' | 'description' | 'tags' | 'attributes' | 'price' | 'sku' | 'status'> & { photos: string };

/** Products in the Trash, or merged into another, are never exported. */
const LIVE = `JOIN products lp ON lp.id = d.product_id AND ${inLibrary('lp')}`;

/** Each draft's photos come back as one JSON array so one statement streams everything. */
const SELECT = `
  SELECT d.product_id, d.title, d.description, d.tags, d.attributes, d.price, d.sku, d.status,
    (SELECT json_group_array(json_object('sha256', p.sha256, 'format', p.format, 'originalName', p.original_name))
       FROM (SELECT sha256, format, original_name FROM photos WHERE product_id = d.product_id ORDER BY position) p
    ) AS photos
  FROM drafts d ${LIVE}`;

export interface ListingSelection {
  /** Every approved draft when left out. */
  productIds?: readonly number[];
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
  if (!selection.productIds) {
    return (db.prepare(`SELECT count(*) AS n FROM drafts d ${LIVE} WHERE d.status = 'approved'`).get() as { n: number }).n;
  }
  const stmt = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM drafts d ${LIVE} WHERE d.product_id IN (SELECT value FROM json_each(?))`);
  return stmt.get(JSON.stringify(selection.productIds))!.n;
}

/** Streams listings in product-id order, so handles and image names come out the same every time. */
export function* iterateListings(db: Db, selection: ListingSelection): Generator<Listing> {
  const rows = selection.productIds
    ? db.prepare<[string], ListingRow>(`${SELECT} WHERE d.product_id IN (SELECT value FROM json_each(?)) ORDER BY d.product_id`).iterate(JSON.stringify(selection.productIds))
    : db.prepare<[], ListingRow>(`${SELECT} WHERE d.status = 'approved' ORDER BY d.product_id`).iterate();
  for (const row of rows) yield toListing(row);
}

function toListing(row: ListingRow): Listing {
  return {
    productId: row.product_id,
    title: row.title,
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    attributes: stringValues(JSON.parse(row.attributes) as Record<string, unknown>),
    price: row.price,
    sku: row.sku,
    status: row.status,
    photos: JSON.parse(row.photos) as ListingPhoto[],
  };
}

function stringValues(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (value !== null && value !== undefined) out[key] = String(value);
  return out;
}
