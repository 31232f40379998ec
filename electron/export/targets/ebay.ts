import { PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import { EBAY_SITES, type Condition, type EbaySite } from '../../../shared/domain/shop-profile';
import { listingCondition, MISSING_CONDITION } from '../condition';
import { formatPrice } from '../../../shared/text/format-price';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { readAttribute, type Listing, readBarcode } from '../listing';
import { photoUrlsOf, variantPhotoIndexes, variantPrice, variantSku, variantTitle } from '../listing-variant';
import type { ShopSettings } from '../shop-settings';
import { textToHtml } from '../text-to-html';
import { toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

const ACTION = 'Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8)';

/** Seller Hub's "Create drafts" template header (storefront-formats §4). */
const HEADER = [
  ACTION, 'Custom label (SKU)', 'Category ID', 'Title', 'UPC', 'Price', 'Quantity', 'Item photo URL', 'Condition ID', 'Description', 'Format',
] as const;
type Column = (typeof HEADER)[number];

/** The Action column names the marketplace: SiteID, Country and Currency (§4). */
export function ebayActionHeader(site: EbaySite): string {
  const { country, currency } = EBAY_SITES[site];
  return `Action(SiteID=${site}|Country=${country}|Currency=${currency}|Version=1193|CC=UTF-8)`;
}

const pad = (first: string): string[] => [first, ...Array<string>(HEADER.length - 1).fill('')];

/** Seller Hub recognises the template by these #INFO rows; without them the upload fails (§4). */
const PREAMBLE = [
  ['#INFO', 'Version=0.0.2', 'Template= eBay-draft-listings-template_US', ...Array<string>(HEADER.length - 3).fill('')],
  pad('#INFO Action and Category ID are required fields. 1) Set Action to Draft 2) Please find the category ID for your listings here: https://pages.ebay.com/sellerinformation/news/categorychanges.html'),
  pad("#INFO After you've successfully uploaded your draft from the Seller Hub Reports tab, complete your drafts to active listings here: https://www.ebay.com/sh/lst/drafts"),
  pad('#INFO'),
];

/** eBay's condition IDs: 1000 New, 2500 Seller refurbished, 3000 Used (§4). */
const CONDITION_IDS: Record<Condition, string> = { new: '1000', refurbished: '2500', used: '3000' };

function categoryId(listing: Listing, ctx: RowContext): string {
  return readAttribute(listing, ATTRIBUTE_KEYS.ebayCategoryId) || ctx.shop.ebayCategoryId;
}

/**
 * One Draft row; the rest can be finished in Seller Hub's drafts page. A product with variants is
 * one Draft per variant (README "Variants"): the drafts template has no variation columns, and the
 * category template's Relationship rows are unverified (§4 [U]).
 */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const condition = listingCondition(listing, ctx.shop).condition;
  if (listing.variants.length > 0) {
    return listing.variants.map((variant) => {
      const photos = photoUrlsOf(variantPhotoIndexes(listing, variant), ctx.photoUrls);
      return toCells(HEADER, {
        ...productRecord(listing, ctx, condition),
        'Custom label (SKU)': variantSku(listing, variant),
        Title: variantTitle(listing, variant),
        UPC: variant.barcode?.trim() ?? '',
        Price: formatPrice(variantPrice(listing, variant)),
        Quantity: variant.quantity?.trim() || readAttribute(listing, ATTRIBUTE_KEYS.quantity),
        'Item photo URL': photos.slice(0, PLATFORM_LIMITS.ebay.picturesMax).join('|'),
      });
    });
  }
  return [toCells(HEADER, productRecord(listing, ctx, condition))];
}

function productRecord(listing: Listing, ctx: RowContext, condition: Condition | null): Partial<Record<Column, string>> {
  return {
    [ACTION]: 'Draft',
    'Custom label (SKU)': listing.sku ?? '',
    'Category ID': categoryId(listing, ctx),
    Title: listing.title,
    UPC: readBarcode(listing),
    Price: formatPrice(listing.price),
    Quantity: readAttribute(listing, ATTRIBUTE_KEYS.quantity),
    'Item photo URL': ctx.imageUrls.slice(0, PLATFORM_LIMITS.ebay.picturesMax).join('|'),
    'Condition ID': condition ? CONDITION_IDS[condition] : '',
    Description: textToHtml(listing.description),
    Format: 'FixedPrice',
  };
}

function lint(listing: Listing, ctx: RowContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const error = (field: string, code: FieldIssue['code'], message: string) => issues.push({ field, code, severity: 'error', message });
  if (!categoryId(listing, ctx)) {
    error('Category ID', 'missing', 'has no eBay category ID; set it on the product (eBay category), or the shop default with `listing-studio shop set --ebay-category 15687`.');
  }
  const badUrl = ctx.imageUrls.find((url) => !url.startsWith('https://') || url.includes(';'));
  if (badUrl) error('Item photo URL', 'invalid_value', `picture URL ${badUrl} must start with https:// and hold no ";" (eBay's rule for self-hosted pictures).`);
  const condition = listingCondition(listing, ctx.shop);
  if (!condition.written) error('Condition ID', 'missing', MISSING_CONDITION);
  else if (!condition.condition) error('Condition ID', 'invalid_value', `condition "${condition.written}" has no eBay condition ID; set new, used or refurbished on the product.`);
  return issues;
}

export const ebayTarget: TargetSpec<Column> = {
  id: 'ebay',
  dialect: { delimiter: ',', recordDelimiter: '\r\n', bom: false },
  preamble: PREAMBLE,
  header: HEADER,
  fileHeader: (shop: ShopSettings) => [ebayActionHeader(shop.ebaySite), ...HEADER.slice(1)],
  requires: { price: true, sku: true },
  toRows,
  lint,
};
