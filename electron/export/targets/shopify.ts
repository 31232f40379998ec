import { SHOPIFY_RULES } from '../../../shared/domain/platform-limits';
import { formatPrice } from '../../../shared/text/format-price';
import { isValidHandle } from '../handle';
import { listingCondition } from '../condition';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { readAttribute, readVendor, type Listing, type ListingVariant, readBarcode } from '../listing';
import { variantPrice, variantSku } from '../listing-variant';
import { googleCategoryId, googleCategoryPath } from '../listing-category';
import type { Condition } from '../../../shared/domain/shop-profile';
import { textToHtml } from '../text-to-html';
import { PLAIN_CSV, toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

/** The 2025 product template header, in template order (storefront-formats §1.1). */
const HEADER = [
  'Title', 'URL handle', 'Description', 'Vendor', 'Product category', 'Type', 'Tags', 'Published on online store', 'Status',
  'SKU', 'Barcode', 'Option1 name', 'Option1 value', 'Option1 Linked To', 'Option2 name', 'Option2 value', 'Option2 Linked To',
  'Option3 name', 'Option3 value', 'Option3 Linked To', 'Price', 'Compare-at price', 'Cost per item', 'Charge tax', 'Tax code',
  'Unit price total measure', 'Unit price total measure unit', 'Unit price base measure', 'Unit price base measure unit',
  'Inventory tracker', 'Inventory quantity', 'Continue selling when out of stock', 'Weight value (grams)', 'Weight unit for display',
  'Requires shipping', 'Fulfillment service', 'Product image URL', 'Image position', 'Image alt text', 'Variant image URL',
  'Gift card', 'SEO title', 'SEO description', 'Color (product.metafields.shopify.color-pattern)',
  'Google Shopping / Google product category', 'Google Shopping / Gender', 'Google Shopping / Age group',
  'Google Shopping / Manufacturer part number (MPN)', 'Google Shopping / Ad group name', 'Google Shopping / Ads labels',
  'Google Shopping / Condition', 'Google Shopping / Custom product', 'Google Shopping / Custom label 0',
  'Google Shopping / Custom label 1', 'Google Shopping / Custom label 2', 'Google Shopping / Custom label 3',
  'Google Shopping / Custom label 4',
] as const;
type Column = (typeof HEADER)[number];

const bool = (value: boolean): string => (value ? 'TRUE' : 'FALSE');

/** The 2024 template writes the condition capitalised ("New") and the Google category as its path. */
function shopifyCondition(condition: Condition | null): string {
  return condition ? condition[0]!.toUpperCase() + condition.slice(1) : '';
}

/**
 * The product row, then one row per further image sharing the URL handle with only the image
 * columns filled (§1.3). A single-variant product is Option1 Title / Default Title (§1.2).
 * The model's free-text category goes to Type: Product category only takes Shopify's taxonomy.
 * A product with variants: see variantRows.
 */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const quantity = readAttribute(listing, ATTRIBUTE_KEYS.quantity);
  const [firstImage, ...moreImages] = ctx.imageUrls;
  const alt = listing.title.slice(0, SHOPIFY_RULES.imageAltMax);
  const product: Partial<Record<Column, string>> = {
    Title: listing.title,
    'URL handle': ctx.handle,
    Description: textToHtml(listing.description),
    Vendor: readVendor(listing, ctx.shop.vendor),
    Type: readAttribute(listing, 'category'),
    Tags: listing.tags.join(', '),
    'Published on online store': bool(ctx.options.publish),
    Status: ctx.options.publish ? 'Active' : 'Draft',
    SKU: listing.sku ?? '',
    Barcode: readBarcode(listing),
    'Option1 name': 'Title',
    'Option1 value': 'Default Title',
    Price: formatPrice(listing.price),
    'Compare-at price': formatPrice(readAttribute(listing, ATTRIBUTE_KEYS.compareAtPrice) || null),
    'Charge tax': 'TRUE',
    'Inventory tracker': quantity ? 'shopify' : '',
    'Inventory quantity': quantity,
    'Continue selling when out of stock': 'DENY',
    ...weightColumns(listing),
    'Requires shipping': 'TRUE',
    'Fulfillment service': 'manual',
    'Product image URL': firstImage ?? '',
    'Image position': firstImage ? '1' : '',
    'Image alt text': firstImage ? alt : '',
    'Gift card': 'FALSE',
    'Google Shopping / Google product category': googleCategoryPath(listing, ctx) || googleCategoryId(listing, ctx),
    'Google Shopping / Condition': shopifyCondition(listingCondition(listing, ctx.shop).condition),
  };
  const imageRows = moreImages.map((url, i) =>
    toCells(HEADER, { 'URL handle': ctx.handle, 'Product image URL': url, 'Image position': String(i + 2), 'Image alt text': alt }),
  );
  if (listing.variants.length > 0) return [...variantRows(listing, ctx, product), ...imageRows];
  return [toCells(HEADER, product), ...imageRows];
}

function weightColumns(listing: Listing): Partial<Record<Column, string>> {
  const weight = readAttribute(listing, ATTRIBUTE_KEYS.weightGrams);
  return { 'Weight value (grams)': weight, 'Weight unit for display': weight ? 'g' : '' };
}

const OPTION_NAME: readonly Column[] = ['Option1 name', 'Option2 name', 'Option3 name'];
const OPTION_VALUE: readonly Column[] = ['Option1 value', 'Option2 value', 'Option3 value'];

/**
 * Shopify's own template (tests/fixtures/storefront-samples, "The Band" T-shirt; §1.4): the
 * product row carries the first variant, and the option names only there; each further variant is
 * a row with the same URL handle and only the variant's own columns (option values, SKU, barcode,
 * price, inventory, weight, shipping, Variant image URL). The image-only rows follow.
 */
function variantRows(listing: Listing, ctx: RowContext, product: Partial<Record<Column, string>>): string[][] {
  const names: Partial<Record<Column, string>> = {};
  listing.optionNames.forEach((name, i) => {
    if (OPTION_NAME[i]) names[OPTION_NAME[i]!] = name;
  });
  return listing.variants.map((variant, i) => {
    const own = variantColumns(listing, variant, ctx);
    return i === 0 ? toCells(HEADER, { ...product, ...names, ...own }) : toCells(HEADER, { 'URL handle': ctx.handle, ...own });
  });
}

function variantColumns(listing: Listing, variant: ListingVariant, ctx: RowContext): Partial<Record<Column, string>> {
  const price = formatPrice(variantPrice(listing, variant));
  const compareAt = formatPrice(readAttribute(listing, ATTRIBUTE_KEYS.compareAtPrice) || null);
  const quantity = variant.quantity?.trim() ?? '';
  const firstPhoto = variant.photoIndexes[0];
  const columns: Partial<Record<Column, string>> = {
    SKU: variantSku(listing, variant),
    Barcode: variant.barcode?.trim() ?? '',
    Price: price,
    // The product's compare-at price only where it is above this variant's price: below it would read as a rise.
    'Compare-at price': compareAt && Number(compareAt) > Number(price) ? compareAt : '',
    'Charge tax': 'TRUE',
    'Inventory tracker': quantity ? 'shopify' : '',
    'Inventory quantity': quantity,
    'Continue selling when out of stock': 'DENY',
    ...weightColumns(listing),
    'Requires shipping': 'TRUE',
    'Fulfillment service': 'manual',
    'Variant image URL': firstPhoto === undefined ? '' : (ctx.photoUrls.get(firstPhoto) ?? ''),
  };
  variant.values.slice(0, OPTION_VALUE.length).forEach((value, i) => {
    columns[OPTION_VALUE[i]!] = value.trim();
  });
  return columns;
}

function lint(listing: Listing, ctx: RowContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isValidHandle(ctx.handle)) {
    issues.push({ field: 'URL handle', code: 'invalid_handle', severity: 'error', message: `handle "${ctx.handle}" may only hold lowercase letters, digits and single dashes (no spaces or periods).` });
  }
  const vendor = readVendor(listing, ctx.shop.vendor);
  if (vendor && vendor.length < SHOPIFY_RULES.vendorMin) {
    issues.push({ field: 'Vendor', code: 'invalid_value', severity: 'error', message: `vendor "${vendor}" is shorter than Shopify's ${SHOPIFY_RULES.vendorMin} characters.` });
  }
  const condition = listingCondition(listing, ctx.shop);
  if (condition.written && !condition.condition) {
    issues.push({ field: 'Google Shopping / Condition', code: 'invalid_value', severity: 'warning', message: `condition "${condition.written}" is not new, used or refurbished, so Google Shopping / Condition is left blank.` });
  }
  const split = listing.tags.filter((tag) => tag.includes(','));
  if (split.length > 0) {
    issues.push({ field: 'Tags', code: 'invalid_value', severity: 'warning', message: `tag "${split[0]}" holds a comma, so Shopify will split it into two tags.` });
  }
  return issues;
}

export const shopifyTarget: TargetSpec<Column> = {
  id: 'shopify',
  dialect: PLAIN_CSV,
  preamble: [],
  header: HEADER,
  requires: { price: true, sku: true },
  toRows,
  lint,
};
