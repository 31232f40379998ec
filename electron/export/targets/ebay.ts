import { PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import { formatPrice } from '../../../shared/text/format-price';
import { readAttribute, type Listing } from '../listing';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { textToHtml } from '../text-to-html';
import { toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

/** Seller Hub's "Create drafts" template header (storefront-formats §4). */
const HEADER = [
  'Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8)', 'Custom label (SKU)', 'Category ID', 'Title', 'UPC',
  'Price', 'Quantity', 'Item photo URL', 'Condition ID', 'Description', 'Format',
] as const;
type Column = (typeof HEADER)[number];

const pad = (first: string): string[] => [first, ...Array<string>(HEADER.length - 1).fill('')];

/** Seller Hub recognises the template by these #INFO rows; without them the upload fails (§4). */
const PREAMBLE = [
  ['#INFO', 'Version=0.0.2', 'Template= eBay-draft-listings-template_US', ...Array<string>(HEADER.length - 3).fill('')],
  pad('#INFO Action and Category ID are required fields. 1) Set Action to Draft 2) Please find the category ID for your listings here: https://pages.ebay.com/sellerinformation/news/categorychanges.html'),
  pad("#INFO After you've successfully uploaded your draft from the Seller Hub Reports tab, complete your drafts to active listings here: https://www.ebay.com/sh/lst/drafts"),
  pad('#INFO'),
];

const CONDITION_IDS: Record<string, string> = {
  '': '1000', new: '1000', 'new with tags': '1000', 'brand new': '1000',
  refurbished: '2500', 'seller refurbished': '2500',
  used: '3000', 'pre-owned': '3000', preowned: '3000', vintage: '3000',
};

export function ebayConditionId(condition: string): string {
  return CONDITION_IDS[condition.trim().toLowerCase()] ?? '';
}

function categoryId(listing: Listing, ctx: RowContext): string {
  return readAttribute(listing, 'ebayCategoryId') || (ctx.options.ebayCategoryId ?? '');
}

/** One Draft row; the rest can be finished in Seller Hub's drafts page. */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const record: Partial<Record<Column, string>> = {
    'Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8)': 'Draft',
    'Custom label (SKU)': listing.sku ?? '',
    'Category ID': categoryId(listing, ctx),
    Title: listing.title,
    UPC: readAttribute(listing, ATTRIBUTE_KEYS.barcode),
    Price: formatPrice(listing.price),
    Quantity: readAttribute(listing, ATTRIBUTE_KEYS.quantity),
    'Item photo URL': ctx.imageUrls.slice(0, PLATFORM_LIMITS.ebay.picturesMax).join('|'),
    'Condition ID': ebayConditionId(readAttribute(listing, 'condition')),
    Description: textToHtml(listing.description),
    Format: 'FixedPrice',
  };
  return [toCells(HEADER, record)];
}

function lint(listing: Listing, ctx: RowContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!categoryId(listing, ctx)) {
    issues.push({ field: 'Category ID', code: 'missing', severity: 'error', message: 'has no eBay category ID; set one in the export options (eBay requires it on every row).' });
  }
  const badUrl = ctx.imageUrls.find((url) => !url.startsWith('https://') || url.includes(';'));
  if (badUrl) {
    issues.push({ field: 'Item photo URL', code: 'invalid_value', severity: 'error', message: `picture URL ${badUrl} must start with https:// and hold no ";" (eBay's rule for self-hosted pictures).` });
  }
  const condition = readAttribute(listing, 'condition');
  if (condition && !ebayConditionId(condition)) {
    issues.push({ field: 'Condition ID', code: 'invalid_value', severity: 'warning', message: `condition "${condition}" has no eBay condition ID here; pick it in Seller Hub's drafts page.` });
  }
  return issues;
}

export const ebayTarget: TargetSpec<Column> = {
  id: 'ebay',
  dialect: { delimiter: ',', recordDelimiter: '\r\n', bom: false },
  preamble: PREAMBLE,
  header: HEADER,
  requires: { price: true, sku: true },
  toRows,
  lint,
};
