import { GOOGLE_RULES, PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import { formatPriceWithCurrency } from '../../../shared/text/format-price';
import { readAttribute, readVendor, type Listing } from '../listing';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { toSingleLine } from '../text-to-html';
import { toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

/** Attribute names of the product data specification, as in storefront-formats §5, plus gtin. */
const HEADER = [
  'id', 'title', 'description', 'link', 'image_link', 'additional_image_link', 'availability', 'price', 'brand', 'gtin',
  'identifier_exists', 'condition', 'google_product_category', 'product_type', 'color', 'material', 'size', 'gender',
  'age_group', 'item_group_id',
] as const;
type Column = (typeof HEADER)[number];

const CONDITIONS = new Set(['new', 'refurbished', 'used']);

/** "Red, Blue" → "Red/Blue": Google separates colours with / and never commas (answer 6324487). */
export function googleColors(color: string): string[] {
  return color.split(/[,/]/).map((c) => c.trim()).filter((c) => c.length > 0);
}

function link(ctx: RowContext): string {
  return ctx.options.shopUrl ? `${ctx.options.shopUrl.replace(/\/+$/, '')}/products/${ctx.handle}` : '';
}

/** One item per row; text fields on one line, since a tab or newline would break the feed. */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const [imageLink, ...additional] = ctx.imageUrls;
  const barcode = readAttribute(listing, ATTRIBUTE_KEYS.barcode);
  const condition = readAttribute(listing, 'condition').toLowerCase();
  const record: Partial<Record<Column, string>> = {
    id: listing.sku ?? '',
    title: toSingleLine(listing.title),
    description: toSingleLine(listing.description),
    link: link(ctx),
    image_link: imageLink ?? '',
    additional_image_link: additional
      .slice(0, (PLATFORM_LIMITS.google.picturesMax ?? 11) - 1)
      .map((url) => url.replace(/,/g, '%2C'))
      .join(','),
    availability: readAttribute(listing, ATTRIBUTE_KEYS.quantity) === '0' ? 'out_of_stock' : 'in_stock',
    price: formatPriceWithCurrency(listing.price, ctx.options.currency),
    brand: toSingleLine(readVendor(listing)),
    gtin: barcode,
    identifier_exists: barcode ? 'yes' : 'no',
    condition: CONDITIONS.has(condition) ? condition : 'new',
    google_product_category: ctx.options.googleProductCategory ?? '',
    product_type: toSingleLine(readAttribute(listing, 'category')),
    color: googleColors(readAttribute(listing, 'color')).join('/'),
    material: toSingleLine(readAttribute(listing, 'material')),
    size: toSingleLine(readAttribute(listing, 'size')),
    gender: readAttribute(listing, 'gender'),
    age_group: readAttribute(listing, 'age_group'),
  };
  return [toCells(HEADER, record)];
}

function lint(listing: Listing, ctx: RowContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!ctx.options.shopUrl) {
    issues.push({ field: 'link', code: 'missing', severity: 'error', message: 'has no product page link; set the shop address in the export options (Google requires link).' });
  }
  if (listing.photos.length === 0) {
    issues.push({ field: 'image_link', code: 'missing', severity: 'error', message: 'has no photo; Google requires image_link.' });
  }
  const colors = googleColors(readAttribute(listing, 'color'));
  const joined = colors.join('/');
  if (colors.length > GOOGLE_RULES.colorsMax || joined.length > GOOGLE_RULES.colorMax || colors.some((c) => c.length > GOOGLE_RULES.colorEachMax)) {
    issues.push({ field: 'color', code: 'too_long', severity: 'error', message: `color "${joined}" is over Google's limit: at most ${GOOGLE_RULES.colorsMax} colours of ${GOOGLE_RULES.colorEachMax} characters, ${GOOGLE_RULES.colorMax} in all.` });
  }
  const condition = readAttribute(listing, 'condition').toLowerCase();
  if (condition && !CONDITIONS.has(condition)) {
    issues.push({ field: 'condition', code: 'invalid_value', severity: 'warning', message: `condition "${condition}" is not new, refurbished or used; the feed says new.` });
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
