import { formatPrice } from '../../../shared/text/format-price';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { readAttribute, readVendor, type Listing, readBarcode } from '../listing';
import { googleCategoryPath } from '../listing-category';
import { splitListValues } from '../list-values';
import { textToHtml } from '../text-to-html';
import { describeVariant, variantPrice, variantSku } from '../listing-variant';
import { skuStem } from '../../../shared/text/sku-stem';
import { PLAIN_CSV, rowHeader, toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

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

/**
 * The header of a file that holds a variable product (§2.4): `Parent` in the exporter's place
 * (after Images, §2.1), and room for six attributes: up to three options plus Color, Material and
 * Brand. The importer maps by name and order does not matter (§2.1); a file without variants keeps
 * HEADER byte for byte.
 */
const VARIANT_HEADER = [
  'ID', 'Type', 'SKU', 'GTIN, UPC, EAN, or ISBN', 'Name', 'Published', 'Is featured?', 'Visibility in catalog',
  'Short description', 'Description', 'Tax status', 'In stock?', 'Stock', 'Sale price', 'Regular price', 'Categories', 'Tags', 'Images',
  'Parent',
  'Attribute 1 name', 'Attribute 1 value(s)', 'Attribute 1 visible', 'Attribute 1 global',
  'Attribute 2 name', 'Attribute 2 value(s)', 'Attribute 2 visible', 'Attribute 2 global',
  'Attribute 3 name', 'Attribute 3 value(s)', 'Attribute 3 visible', 'Attribute 3 global',
  'Attribute 4 name', 'Attribute 4 value(s)', 'Attribute 4 visible', 'Attribute 4 global',
  'Attribute 5 name', 'Attribute 5 value(s)', 'Attribute 5 visible', 'Attribute 5 global',
  'Attribute 6 name', 'Attribute 6 value(s)', 'Attribute 6 visible', 'Attribute 6 global',
  'Meta: _global_unique_id',
] as const;
type Column = (typeof VARIANT_HEADER)[number];

/** Lists are comma-separated, so a comma inside one value is written \, (explode_values, §2.2). */
function escapeListValue(value: string): string {
  return value.replace(/,/g, '\\,');
}

/** Several values joined as WooCommerce's own exporter joins them: ", " (implode_values). */
function joinList(values: readonly string[]): string {
  return values.map((v) => escapeListValue(v.trim())).filter((v) => v.length > 0).join(', ');
}

/** One attribute: its name, its values, and whether the product page shows it (visible). */
interface Attribute {
  name: string;
  values: string[];
  visible: '1' | '';
}

/**
 * Color, Material and Brand as custom (global = 0) attributes, so the import creates no
 * store-wide taxonomies (§2.4). "Red, Blue" is two values, as on the sample file's variable rows.
 * `skip`: names a variable product already has as options (its Color option says it per variant).
 */
function descriptiveAttributes(listing: Listing, ctx: RowContext, skip: ReadonlySet<string> = new Set()): Attribute[] {
  const pairs: [string, string[]][] = [
    ['Color', splitListValues(readAttribute(listing, 'color'))],
    ['Material', splitListValues(readAttribute(listing, 'material'))],
    ['Brand', [readVendor(listing, ctx.shop.vendor)]],
  ];
  return pairs
    .filter(([name, values]) => !skip.has(name.toLowerCase()) && values.some((v) => v.trim()))
    .map(([name, values]) => ({ name, values, visible: '1' }));
}

/** Attribute N name/value(s)/visible/global, numbered from 1 in the order given; global always 0. */
function attributeColumns(attributes: readonly Attribute[]): Partial<Record<Column, string>> {
  const out: Record<string, string> = {};
  attributes.forEach(({ name, values, visible }, i) => {
    const n = i + 1;
    out[`Attribute ${n} name`] = name;
    out[`Attribute ${n} value(s)`] = joinList(values);
    out[`Attribute ${n} visible`] = visible;
    out[`Attribute ${n} global`] = '0';
  });
  return out as Partial<Record<Column, string>>;
}

/**
 * The app's price is what the customer pays; a higher compare-at price is the regular one, which
 * makes the price WooCommerce's sale price.
 */
function prices(listing: Listing, own: string | null = listing.price): { regular: string; sale: string } {
  const price = formatPrice(own);
  const compareAt = formatPrice(readAttribute(listing, ATTRIBUTE_KEYS.compareAtPrice) || null);
  if (price && compareAt && Number(compareAt) > Number(price)) return { regular: compareAt, sale: price };
  return { regular: price, sale: '' };
}

/** The Google category's path (hierarchy written Parent > Child, §2.2), else the model's own category. */
function category(listing: Listing, ctx: RowContext): string {
  const path = googleCategoryPath(listing, ctx) || readAttribute(listing, 'category');
  return path ? escapeListValue(path) : '';
}

/** One simple product per row (a product with variants: variableRows); the first image is the featured one, the rest the gallery (§2.3). */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const header = rowHeader(woocommerceTarget, ctx);
  if (listing.variants.length > 0) return variableRows(listing, ctx).map((record) => toCells(header, record));
  const quantity = readAttribute(listing, ATTRIBUTE_KEYS.quantity);
  const gtin = readBarcode(listing);
  const { regular, sale } = prices(listing);
  return [
    toCells(header, {
      ...shared(listing, ctx),
      Type: 'simple',
      SKU: listing.sku ?? '',
      'GTIN, UPC, EAN, or ISBN': gtin,
      'In stock?': quantity === '0' ? '0' : '1',
      Stock: quantity,
      'Sale price': sale,
      'Regular price': regular,
      ...attributeColumns(descriptiveAttributes(listing, ctx)),
      'Meta: _global_unique_id': gtin,
    }),
  ];
}

/** The columns a simple product and a variable parent fill alike. */
function shared(listing: Listing, ctx: RowContext): Partial<Record<Column, string>> {
  return {
    Name: listing.title,
    Published: ctx.options.publish ? '1' : '-1',
    'Is featured?': '0',
    'Visibility in catalog': 'visible',
    Description: textToHtml(listing.description),
    'Tax status': 'taxable',
    Categories: category(listing, ctx),
    Tags: joinList(listing.tags),
    Images: ctx.imageUrls.map(imageCell).join(', '),
  };
}

const imageCell = (url: string): string => url.replace(/,/g, '%2C');

/**
 * A variable product as WooCommerce's sample file has them (§2.4, tests/fixtures/storefront-samples):
 * the `variable` parent with every photo and, per option, all its values in the variants' order
 * ("Red, Blue, Green", visible 1, global 0), then Color/Material/Brand that are not options; then
 * one `variation` row per variant with `Parent` = the parent's SKU, one value per option (visible
 * left blank, as on the sample's variation rows), and its own SKU, barcode, price, stock and photo.
 *
 * The parent's SKU is what ties the rows together, and the app has no WooCommerce ids (`id:N`),
 * so a product with variants but no SKU is a pre-flight error (lint below) rather than a derived
 * SKU that could clash with one in the shop. The parent carries no price or stock: its variations do.
 * Barcodes belong to variants, so the parent has none either.
 */
function variableRows(listing: Listing, ctx: RowContext): Partial<Record<Column, string>>[] {
  const options = listing.optionNames.map((name, i) => ({
    name,
    values: [...new Set(listing.variants.map((v) => (v.values[i] ?? '').trim()).filter((v) => v))],
    visible: '1' as const,
  }));
  const optionKeys = new Set(listing.optionNames.map((n) => canonicalName(n)));
  const parent: Partial<Record<Column, string>> = {
    ...shared(listing, ctx),
    Type: 'variable',
    SKU: listing.sku ?? '',
    'In stock?': '1',
    ...attributeColumns([...options, ...descriptiveAttributes(listing, ctx, optionKeys)]),
  };
  const variations = listing.variants.map((variant) => {
    const quantity = variant.quantity?.trim() ?? '';
    const { regular, sale } = prices(listing, variantPrice(listing, variant));
    const photo = variant.photoIndexes[0];
    const barcode = variant.barcode?.trim() ?? '';
    const record: Partial<Record<Column, string>> = {
      Type: 'variation',
      SKU: variantSku(listing, variant),
      'GTIN, UPC, EAN, or ISBN': barcode,
      Name: `${listing.title} - ${variant.values.map((v) => v.trim()).join(', ')}`,
      // A variation's status only enables it; whether the product shows is the parent's Published.
      Published: '1',
      'Is featured?': '0',
      'Visibility in catalog': 'visible',
      'Tax status': 'taxable',
      'In stock?': quantity === '0' ? '0' : '1',
      Stock: quantity,
      'Sale price': sale,
      'Regular price': regular,
      Images: photo === undefined ? '' : imageCell(ctx.photoUrls.get(photo) ?? ''),
      Parent: listing.sku ?? '',
      ...attributeColumns(listing.optionNames.map((name, i) => ({ name, values: [variant.values[i] ?? ''], visible: '' }))),
      'Meta: _global_unique_id': barcode,
    };
    return record;
  });
  return [parent, ...variations];
}

/** "Colour" and "Color" name the same attribute. */
function canonicalName(name: string): string {
  const key = name.trim().toLowerCase();
  return key === 'colour' ? 'color' : key;
}

/**
 * The parent's SKU ties the variations to it, and WooCommerce refuses a SKU that another product
 * or variation already has ("Invalid or duplicated SKU.": WC_Product::set_sku checks
 * wc_product_has_unique_sku; a variation is a product of its own there). So the parent needs a SKU,
 * and one that none of its variations has; "Make variants" carries the first product's SKU to its
 * variant, so a product can end up sharing it. The message proposes the variants' shared stem.
 */
function lint(listing: Listing): FieldIssue[] {
  if (listing.variants.length === 0) return [];
  const skus = listing.variants.map((v) => variantSku(listing, v));
  const stem = skuStem(listing.variants.flatMap((v) => (v.sku?.trim() ? [v.sku.trim()] : [])));
  const example = stem ? `, e.g. ${stem}` : '';
  const own = listing.sku?.trim();
  if (!own) {
    return [{ field: 'Parent', code: 'missing', severity: 'error', message: `has variants but no SKU; WooCommerce links each variation to its product by the product's SKU, so give the product one (e.g. ${stem ?? 'TEE-01'}).` }];
  }
  const twin = listing.variants.find((_, i) => skus[i]!.toLowerCase() === own.toLowerCase());
  if (twin) {
    return [
      {
        field: 'SKU',
        code: 'invalid_value',
        severity: 'error',
        message: `has the same SKU as its variant ${describeVariant(listing, twin)}; WooCommerce refuses a SKU that two products share, and the product counts as one. Give the product its own SKU${example}.`,
      },
    ];
  }
  return [];
}

export const woocommerceTarget: TargetSpec<Column> = {
  id: 'woocommerce',
  // WooCommerce strips a BOM on import (§0), so none is needed; LF like its own exporter.
  dialect: PLAIN_CSV,
  preamble: [],
  header: HEADER,
  variantHeader: VARIANT_HEADER,
  requires: { price: true, sku: true },
  toRows,
  lint,
};
