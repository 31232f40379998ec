import { formatPrice } from '../../../shared/text/format-price';
import { readAttribute, readVendor, type Listing } from '../listing';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { textToHtml } from '../text-to-html';
import { PLAIN_CSV, toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

/**
 * The built-in importer's column names in the exporter's order (storefront-formats §2.1, §2.5).
 * The importer maps by name, so the weight/dimension columns, whose names carry the store's unit,
 * are left out rather than guessed.
 */
const HEADER = [
  'ID', 'Type', 'SKU', 'GTIN, UPC, EAN, or ISBN', 'Name', 'Published', 'Is featured?', 'Visibility in catalog',
  'Short description', 'Description', 'Tax status', 'In stock?', 'Stock', 'Regular price', 'Categories', 'Tags', 'Images',
  'Attribute 1 name', 'Attribute 1 value(s)', 'Attribute 1 visible', 'Attribute 1 global',
  'Attribute 2 name', 'Attribute 2 value(s)', 'Attribute 2 visible', 'Attribute 2 global',
  'Attribute 3 name', 'Attribute 3 value(s)', 'Attribute 3 visible', 'Attribute 3 global',
] as const;
type Column = (typeof HEADER)[number];

/** Lists are comma-separated, so a comma inside one value is written \, (explode_values, §2.2). */
function escapeListValue(value: string): string {
  return value.replace(/,/g, '\\,');
}

function joinList(values: readonly string[]): string {
  return values.map((v) => escapeListValue(v.trim())).filter((v) => v.length > 0).join(', ');
}

/** Color, Material and Brand as custom (global = 0) attributes, so the import creates no store-wide taxonomies (§2.4). */
function attributeColumns(listing: Listing): Partial<Record<Column, string>> {
  const pairs: [string, string][] = [
    ['Color', readAttribute(listing, 'color')],
    ['Material', readAttribute(listing, 'material')],
    ['Brand', readVendor(listing)],
  ];
  const out: Record<string, string> = {};
  pairs
    .filter(([, value]) => value)
    .forEach(([name, value], i) => {
      const n = i + 1;
      out[`Attribute ${n} name`] = name;
      out[`Attribute ${n} value(s)`] = escapeListValue(value);
      out[`Attribute ${n} visible`] = '1';
      out[`Attribute ${n} global`] = '0';
    });
  return out as Partial<Record<Column, string>>;
}

/** One simple product per row; the first image is the featured one, the rest the gallery (§2.3). */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const quantity = readAttribute(listing, ATTRIBUTE_KEYS.quantity);
  const category = readAttribute(listing, 'category');
  return [
    toCells(HEADER, {
      Type: 'simple',
      SKU: listing.sku ?? '',
      'GTIN, UPC, EAN, or ISBN': readAttribute(listing, ATTRIBUTE_KEYS.barcode),
      Name: listing.title,
      Published: ctx.options.publish ? '1' : '-1',
      'Is featured?': '0',
      'Visibility in catalog': 'visible',
      Description: textToHtml(listing.description),
      'Tax status': 'taxable',
      'In stock?': quantity === '0' ? '0' : '1',
      Stock: quantity,
      'Regular price': formatPrice(listing.price),
      Categories: category ? escapeListValue(category) : '',
      Tags: joinList(listing.tags),
      Images: ctx.imageUrls.map((url) => url.replace(/,/g, '%2C')).join(', '),
      ...attributeColumns(listing),
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
