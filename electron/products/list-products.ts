import type { DraftStatus } from '../../shared/domain/draft';
import { photoUrl } from '../../shared/domain/photo-urls';
import type { ProductSummary } from '../../shared/domain/product';
import type { Db } from '../db/open-database';
import { productStemOf } from '../photos/group-by-stem';
import { inLibrary } from './in-library';
import { buildProductFilter, type ProductFilter } from './product-filter';

export interface ListProductsOptions extends ProductFilter {
  offset?: number;
  limit?: number;
}

export interface ProductPage {
  /** Products that pass the filter. */
  total: number;
  /** Products in the library, whatever the filter: the header's count. */
  libraryTotal: number;
  items: ProductSummary[];
}

/** Columns in SELECT order. Read raw: a keyed row object per product would only be rebuilt by toSummary. */
type SummaryRow = [
  id: number,
  title: string | null,
  sku: string | null,
  status: DraftStatus | null,
  flagCount: number | null,
  photoCount: number,
  variantCount: number,
  thumbSha: string | null,
  updatedAt: string,
  /** The first photo's file name, read only for a product with no draft row yet. */
  firstName: string | null,
];

/**
 * One page of the product grid, in import order. One query: the photo count and the first
 * photo come from correlated subqueries answered from the photos(product_id, position, sha256)
 * covering index, so 10,000 rows cost one pass, not 10,000 round trips. A product without a
 * draft row yet reads as an empty 'new' draft.
 */
export function listProducts(db: Db, opts: ListProductsOptions = {}): ProductPage {
  const filter = buildProductFilter(opts);
  const offset = opts.offset ?? 0;
  const rows = db
    .prepare<unknown[], SummaryRow>(productListSql(filter.where))
    .raw()
    .all(...filter.params, opts.limit ?? -1, offset);
  const total = pageHoldsTheRest(rows.length, offset, opts.limit)
    ? offset + rows.length
    : db
        .prepare<unknown[], number>(`SELECT count(*) FROM products p LEFT JOIN drafts d ON d.product_id = p.id ${filter.where}`)
        .pluck()
        .get(...filter.params)!;
  const unfiltered = !opts.trash && !opts.status && !opts.search?.trim();
  const libraryTotal = unfiltered ? total : db.prepare<[], number>(`SELECT count(*) FROM products p WHERE ${inLibrary('p')}`).pluck().get()!;
  return { total, libraryTotal, items: rows.map(toSummary) };
}

/** A page shorter than its limit ends the list, so the total is known without counting again. */
function pageHoldsTheRest(rows: number, offset: number, limit: number | undefined): boolean {
  if (limit !== undefined && rows >= limit) return false;
  return rows > 0 || offset === 0;
}

/** The page query; its parameters are the filter's, then LIMIT and OFFSET. */
export function productListSql(where: string): string {
  return `SELECT p.id, d.title, d.sku, d.status, json_array_length(d.flags) AS flagCount,
      (SELECT count(*) FROM photos ph WHERE ph.product_id = p.id) AS photoCount,
      (SELECT count(*) FROM variants v WHERE v.product_id = p.id) AS variantCount,
      (SELECT ph.sha256 FROM photos ph WHERE ph.product_id = p.id ORDER BY ph.position LIMIT 1) AS thumbSha,
      coalesce(d.updated_at, p.updated_at) AS updatedAt,
      -- Only for a product never opened: its first photo's name gives it a SKU to show (see toSummary).
      CASE WHEN d.product_id IS NULL THEN (SELECT ph.original_name FROM photos ph WHERE ph.product_id = p.id ORDER BY ph.position LIMIT 1) END AS firstName
    FROM products p LEFT JOIN drafts d ON d.product_id = p.id
    ${where}
    ORDER BY p.id
    LIMIT ? OFFSET ?`;
}

function toSummary([id, title, sku, status, flagCount, photoCount, variantCount, thumbSha, updatedAt, firstName]: SummaryRow): ProductSummary {
  return {
    id,
    title: title ?? '',
    // The SKU its draft will get when first opened (see ensureDraftRows).
    sku: firstName ? productStemOf(firstName) : sku,
    status: status ?? 'new',
    flagCount: flagCount ?? 0,
    photoCount,
    variantCount,
    thumbnailUrl: thumbSha ? photoUrl('thumb', thumbSha) : null,
    updatedAt,
  };
}
