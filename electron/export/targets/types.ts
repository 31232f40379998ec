import type { ExportTarget } from '../../../shared/domain/platform-limits';
import type { ExportOptions, LintIssue } from '../../../shared/domain/export';
import type { GoogleTaxonomy } from '../../categories/google-taxonomy';
import type { Listing } from '../listing';
import type { ShopSettings } from '../shop-settings';

/** How one target's file is laid out on disk (storefront-formats §0 and §8.1). */
export interface Dialect {
  delimiter: ',' | '\t';
  recordDelimiter: '\n' | '\r\n';
  bom: boolean;
}

/** Comma-separated, LF line ends, no BOM: what Shopify, WooCommerce and Etsy tools read and write. */
export const PLAIN_CSV: Dialect = { delimiter: ',', recordDelimiter: '\n', bom: false };

/** What a row mapper needs beyond the listing: decided by the export, not by the target. */
export interface RowContext {
  /** Unique within the file. */
  handle: string;
  /** Public URLs of the listing's images, in order; empty without an image base URL. */
  imageUrls: string[];
  /** The same URLs by the photo's place in listing.photos (variants name their photos that way); photos left out have none. */
  photoUrls: ReadonlyMap<number, string>;
  /** Some product in this file has variants: rows are laid out under the target's variantHeader where it has one. */
  fileHasVariants: boolean;
  options: ExportOptions;
  /** The shop profile with this export's options over it. */
  shop: ShopSettings;
  /** Google's product taxonomy, to name a category id's path; absent where none was loaded. */
  taxonomy?: GoogleTaxonomy;
}

/** A lint finding before the export adds which product it is about. */
export type FieldIssue = Omit<LintIssue, 'productId' | 'sku'>;

export interface TargetSpec<H extends string = string> {
  id: ExportTarget;
  dialect: Dialect;
  /** Rows written before the header, e.g. eBay's #INFO lines; each as wide as the header. */
  preamble: readonly (readonly string[])[];
  header: readonly H[];
  /**
   * The header of a file that holds a product with variants, where the target needs more columns
   * for them (WooCommerce: Parent, more attributes). A file without variants keeps `header`.
   */
  variantHeader?: readonly H[];
  /** The header row as written, where it depends on the shop (eBay's Action column names the site). */
  fileHeader?(shop: ShopSettings): readonly string[];
  /** Which draft fields this target cannot import without. */
  requires: { price: boolean; sku: boolean };
  /** One listing's rows, each cell in header order. Pure. */
  toRows(listing: Listing, ctx: RowContext): string[][];
  /** Target-specific checks beyond the shared ones in lint/check-common.ts. Pure. */
  lint(listing: Listing, ctx: RowContext): FieldIssue[];
}

/** Lays a record out in header order; the key type catches a misspelt column at compile time. */
export function toCells<H extends string>(header: readonly H[], record: Partial<Record<H, string>>): string[] {
  return header.map((column) => record[column] ?? '');
}

/** The columns one row is laid out under: the variant header in a file that holds variants. */
export function rowHeader<H extends string>(spec: Pick<TargetSpec<H>, 'header' | 'variantHeader'>, ctx: Pick<RowContext, 'fileHasVariants'>): readonly H[] {
  return ctx.fileHasVariants && spec.variantHeader ? spec.variantHeader : spec.header;
}
