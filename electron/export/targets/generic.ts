import { formatPrice } from '../../../shared/text/format-price';
import { listingCondition } from '../condition';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { readAttribute, type Listing, readBarcode } from '../listing';
import { googleCategoryId } from '../listing-category';
import { PLAIN_CSV, toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

/** Every field of a draft, for the user's own tools; attributes_json keeps what the named columns do not. */
const HEADER = [
  'product_id', 'status', 'handle', 'sku', 'title', 'description', 'price', 'tags', 'category', 'google_product_category', 'color', 'material', 'brand',
  'condition', 'vendor', 'quantity', 'barcode', 'attributes_json', 'image_urls', 'photo_count',
] as const;
type Column = (typeof HEADER)[number];

function toRows(listing: Listing, ctx: RowContext): string[][] {
  const record: Partial<Record<Column, string>> = {
    product_id: String(listing.productId),
    status: listing.status,
    handle: ctx.handle,
    sku: listing.sku ?? '',
    title: listing.title,
    description: listing.description,
    price: formatPrice(listing.price),
    tags: listing.tags.join(', '),
    category: readAttribute(listing, 'category'),
    google_product_category: googleCategoryId(listing, ctx),
    color: readAttribute(listing, 'color'),
    material: readAttribute(listing, 'material'),
    brand: readAttribute(listing, 'brand'),
    condition: listingCondition(listing, ctx.shop).written,
    vendor: readAttribute(listing, ATTRIBUTE_KEYS.vendor),
    quantity: readAttribute(listing, ATTRIBUTE_KEYS.quantity),
    barcode: readBarcode(listing),
    attributes_json: JSON.stringify(listing.attributes),
    image_urls: ctx.imageUrls.join('|'),
    photo_count: String(listing.photos.length),
  };
  return [toCells(HEADER, record)];
}

function lint(): FieldIssue[] {
  return [];
}

export const genericTarget: TargetSpec<Column> = {
  id: 'generic',
  dialect: PLAIN_CSV,
  preamble: [],
  header: HEADER,
  requires: { price: false, sku: false },
  toRows,
  lint,
};
