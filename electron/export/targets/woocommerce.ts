import { formatPrice } from '../../../shared/text/format-price';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { readAttribute, readVendor, type Listing, readBarcode } from '../listing';
import { googleCategoryPath } from '../listing-category';
import { splitListValues } from '../list-values';
import { textToHtml } from '../text-to-html';
import { PLAIN_CSV, toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

/**
 * The built-in importer's column names in the exporter's order (storefront-formats §2.1, §2.5).
 * The importer maps by name, so the weight/dimension columns, whose names carry the store's unit,
 * are left out rather than guessed.
 *
 * GTIN: the importer's automatic mapping does not know its own `GTIN, UPC, EAN, or ISBN` header
 * (woocommerce/woocommerce#68736, open; research notes 2026-12-01), so a file with only that
 * column loses the GTIN unless it is mapped by hand. `Meta: _global_unique_id` is mapped
 * automatically (every `Meta: ` column is) and writes the same product property, so both are
 * written [S: workaround reported on woocommerce#52049; re-check once #68736 is fixed].
 */
const HEADER = [
  'ID', 'Type', 'SKU', 'GTIN, UPC, EAN, or ISBN', 'Name', 'Published', 'Is featured?', 'Visibility in catalog',
  'Short description', 'Description', 'Tax status', 'In stock?', 'Stock', 'Sale price', 'Regular price', 'Categories', 'Tags', 'Images',
  'Attribute 1 name', 'Attribute 1 value(s)', 'Attribute 1 visible', 'Attribute 1 global',
  'Attribute 2 name', 'Attribute 2 value(s)', 'Attribute 2 visible', 'Attribute 2 global',
  'Attribute 3 name', 'Attribute 3 value(s)', 'Attribute 3 visible', 'Attribute 3 global',
  'Meta: _global_unique_id',
] as const;
type Column = (typeof HEADER)[number];

/** Lists are comma-separated, so a comma inside one value is written \, (explode_values, §2.2). */
function escapeListValue(value: string): string {
  return value.replace(/,/g, '\\,');
}

/** Several values joined as WooCommerce's own exporter joins them: ", " (implode_values). */
function joinList(values: readonly string[]): string {
  return values.map((v) => escapeListValue(v.trim())).filter((v) => v.length > 0).join(', ');
}

/**
 * Color, Material and Brand as custom (global = 0) attributes, so the import creates no
 * store-wide taxonomies (§2.4). "Red, Blue" is two values, as on the sample file's variable rows.
 */
function attributeColumns(listing: Listing, ctx: RowContext): Partial<Record<Column, string>> {
  const pairs: [string, string[]][] = [
    ['Color', splitListValues(readAttribute(listing, 'color'))],
    ['Material', splitListValues(readAttribute(listing, 'material'))],
    ['Brand', [readVendor(listing, ctx.shop.vendor)]],
  ];
  const out: Record<string, string> = {};
  pairs
    .filter(([, values]) => values.some((v) => v.trim()))
    .forEach(([name, values], i) => {
      const n = i + 1;
      out[`Attribute ${n} name`] = name;
      out[`Attribute ${n} value(s)`] = joinList(values);
      out[`Attribute ${n} visible`] = '1';
      out[`Attribute ${n} global`] = '0';
    });
  return out as Partial<Record<Column, string>>;
}

/**
 * The app's price is what the customer pays; a higher compare-at price is the regular one, which
 * makes the price WooCommerce's sale price.
 */
function prices(listing: Listing): { regular: string; sale: string } {
  const price = formatPrice(listing.price);
  const compareAt = formatPrice(readAttribute(listing, ATTRIBUTE_KEYS.compareAtPrice) || null);
  if (price && compareAt && Number(compareAt) > Number(price)) return { regular: compareAt, sale: price };
  return { regular: price, sale: '' };
}

/** The Google category's path (hierarchy written Parent > Child, §2.2), else the model's own category. */
function category(listing: Listing, ctx: RowContext): string {
  const path = googleCategoryPath(listing, ctx) || readAttribute(listing, 'category');
  return path ? escapeListValue(path) : '';
}

/** One simple product per row; the first image is the featured one, the rest the gallery (§2.3). */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const quantity = readAttribute(listing, ATTRIBUTE_KEYS.quantity);
  const gtin = readBarcode(listing);
  const { regular, sale } = prices(listing);
  return [
    toCells(HEADER, {
      Type: 'simple',
      SKU: listing.sku ?? '',
      'GTIN, UPC, EAN, or ISBN': gtin,
      Name: listing.title,
      Published: ctx.options.publish ? '1' : '-1',
      'Is featured?': '0',
      'Visibility in catalog': 'visible',
      Description: textToHtml(listing.description),
      'Tax status': 'taxable',
      'In stock?': quantity === '0' ? '0' : '1',
      Stock: quantity,
      'Sale price': sale,
      'Regular price': regular,
      Categories: category(listing, ctx),
      Tags: joinList(listing.tags),
      Images: ctx.imageUrls.map((url) => url.replace(/,/g, '%2C')).join(', '),
      ...attributeColumns(listing, ctx),
      'Meta: _global_unique_id': gtin,
    }),
  ];
}

function lint(): FieldIssue[] {
  return [];
}

export const woocommerceTarget: TargetSpec<Column> = {
  id: 'woocommerce',
  // WooCommerce strips a BOM on import (§0), so none is needed; LF like its own exporter.
  dialect: PLAIN_CSV,
  preamble: [],
  header: HEADER,
  requires: { price: true, sku: true },
  toRows,
  lint,
};
