import { GOOGLE_RULES, PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import { listingCondition, MISSING_CONDITION } from '../condition';
import { formatPriceWithCurrency } from '../../../shared/text/format-price';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { readAttribute, readVendor, type Listing, type ListingVariant, readBarcode } from '../listing';
import { describeVariant, optionValueFor, photoUrlsOf, variantPhotoIndexes, variantPrice, variantSku, variantTitle } from '../listing-variant';
import { googleCategoryId, unknownCategoryMessage } from '../listing-category';
import { splitListValues } from '../list-values';
import { productUrl } from '../shop-settings';
import { toSingleLine } from '../text-to-html';
import { toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

/** Attribute names of the product data specification, as in storefront-formats §5, plus gtin. */
const HEADER = [
  'id', 'title', 'description', 'link', 'image_link', 'additional_image_link', 'availability', 'price', 'brand', 'gtin',
  'identifier_exists', 'condition', 'google_product_category', 'product_type', 'color', 'material', 'size', 'gender',
  'age_group', 'item_group_id',
] as const;
type Column = (typeof HEADER)[number];

/** "Red, Blue" → "Red/Blue": Google separates colours with / and never commas (answer 6324487). */
export function googleColors(color: string): string[] {
  return splitListValues(color);
}

function link(listing: Listing, ctx: RowContext): string {
  return productUrl(ctx.shop.productUrlTemplate, ctx.handle, listing.sku);
}

/**
 * One item per row; text fields on one line, since a tab or newline would break the feed. A
 * product with variants is one item per variant sharing item_group_id (§5): see variantRecord.
 */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  if (listing.variants.length > 0) return listing.variants.map((variant) => toCells(HEADER, variantRecord(listing, variant, ctx)));
  const [imageLink, ...additional] = ctx.imageUrls;
  const barcode = readBarcode(listing);
  const record: Partial<Record<Column, string>> = {
    id: listing.sku ?? '',
    title: toSingleLine(listing.title),
    ...productColumns(listing, ctx),
    ...imageColumns(imageLink, additional),
    availability: readAttribute(listing, ATTRIBUTE_KEYS.quantity) === '0' ? 'out_of_stock' : 'in_stock',
    price: formatPriceWithCurrency(listing.price, ctx.shop.currency),
    gtin: barcode,
    identifier_exists: barcode ? 'yes' : 'no',
    color: googleColors(readAttribute(listing, 'color')).join('/'),
    material: toSingleLine(readAttribute(listing, 'material')),
    size: toSingleLine(readAttribute(listing, ATTRIBUTE_KEYS.size)),
  };
  return [toCells(HEADER, record)];
}

/** What every item of one product says alike. */
function productColumns(listing: Listing, ctx: RowContext): Partial<Record<Column, string>> {
  return {
    description: toSingleLine(listing.description),
    link: link(listing, ctx),
    brand: toSingleLine(readVendor(listing, ctx.shop.vendor)),
    condition: listingCondition(listing, ctx.shop).condition ?? '',
    google_product_category: googleCategoryId(listing, ctx),
    product_type: toSingleLine(readAttribute(listing, 'category')),
    gender: readAttribute(listing, 'gender'),
    age_group: readAttribute(listing, 'age_group'),
  };
}

function imageColumns(imageLink: string | undefined, additional: readonly string[]): Partial<Record<Column, string>> {
  return {
    image_link: imageLink ?? '',
    additional_image_link: additional
      .slice(0, (PLATFORM_LIMITS.google.picturesMax ?? 11) - 1)
      .map((url) => url.replace(/,/g, '%2C'))
      .join(','),
  };
}

/** The variant's colour: its Color/Colour option, else the product's colour attribute. */
function variantColors(listing: Listing, variant: ListingVariant): string[] {
  return googleColors(optionValueFor(listing, variant, 'color') ?? readAttribute(listing, 'color'));
}

/**
 * One variant as its own item (§5 item_group_id): id = its SKU (or the product's SKU plus its
 * values, listing-variant.ts), item_group_id = the product's SKU (else its handle), color/size/
 * material from the options named so (else the product's attributes), the title with its values,
 * image_link its first photo (else the product's first), its own price, barcode and stock.
 */
function variantRecord(listing: Listing, variant: ListingVariant, ctx: RowContext): Partial<Record<Column, string>> {
  const [imageLink, ...additional] = photoUrlsOf(variantPhotoIndexes(listing, variant), ctx.photoUrls);
  const barcode = variant.barcode?.trim() ?? '';
  return {
    id: variantSku(listing, variant),
    title: toSingleLine(variantTitle(listing, variant)),
    ...productColumns(listing, ctx),
    ...imageColumns(imageLink, additional),
    availability: variant.quantity?.trim() === '0' ? 'out_of_stock' : 'in_stock',
    price: formatPriceWithCurrency(variantPrice(listing, variant), ctx.shop.currency),
    gtin: barcode,
    identifier_exists: barcode ? 'yes' : 'no',
    color: variantColors(listing, variant).join('/'),
    material: toSingleLine(optionValueFor(listing, variant, 'material') ?? readAttribute(listing, 'material')),
    size: toSingleLine(optionValueFor(listing, variant, 'size') ?? readAttribute(listing, ATTRIBUTE_KEYS.size)),
    item_group_id: listing.sku?.trim() || ctx.handle,
  };
}

function lint(listing: Listing, ctx: RowContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const error = (field: string, code: FieldIssue['code'], message: string) => issues.push({ field, code, severity: 'error', message });
  if (!ctx.shop.productUrlTemplate) error('link', 'missing', `has no product page link because ${ctx.shop.productUrlProblem} (Google requires link).`);
  else if (!link(listing, ctx)) error('link', 'missing', 'has no SKU for the {sku} in the product page pattern (Google requires link).');
  if (listing.photos.length === 0) error('image_link', 'missing', 'has no photo; Google requires image_link.');
  const colorSets = listing.variants.length > 0 ? listing.variants.map((v) => variantColors(listing, v)) : [googleColors(readAttribute(listing, 'color'))];
  for (const colors of new Map(colorSets.map((c) => [c.join('/'), c])).values()) {
    const joined = colors.join('/');
    if (colors.length > GOOGLE_RULES.colorsMax || joined.length > GOOGLE_RULES.colorMax || colors.some((c) => c.length > GOOGLE_RULES.colorEachMax)) {
      error('color', 'too_long', `color "${joined}" is over Google's limit: at most ${GOOGLE_RULES.colorsMax} colours of ${GOOGLE_RULES.colorEachMax} characters, ${GOOGLE_RULES.colorMax} in all.`);
    }
  }
  // Each variant is an item with its own image_link; one with no photo of its own shows the product's first.
  if (listing.photos.length > 0) {
    for (const variant of listing.variants.filter((v) => v.photoIndexes.length === 0)) {
      issues.push({ field: 'image_link', code: 'no_images', severity: 'warning', message: `– ${describeVariant(listing, variant)} has no photo of its own; Google will show the product's first photo.` });
    }
  }
  const condition = listingCondition(listing, ctx.shop);
  if (!condition.written) error('condition', 'missing', MISSING_CONDITION);
  else if (!condition.condition) error('condition', 'invalid_value', `condition "${condition.written}" is not new, used or refurbished; set one of those on the product.`);
  const category = googleCategoryId(listing, ctx);
  if (category && ctx.taxonomy && !ctx.taxonomy.byId.has(category)) {
    issues.push({ field: 'google_product_category', code: 'invalid_value', severity: 'warning', message: unknownCategoryMessage(category) });
  }
  return issues;
}

export const googleTarget: TargetSpec<Column> = {
  id: 'google',
  dialect: { delimiter: '\t', recordDelimiter: '\n', bom: false },
  preamble: [],
  header: HEADER,
  requires: { price: true, sku: true },
  toRows,
  lint,
};
