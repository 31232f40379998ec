import type { DraftFlag, DraftStatus } from '../../shared/domain/draft';
import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';

/** One photo of a listing, in display order. */
export interface ListingPhoto {
  sha256: string;
  /** As stored in photos.format: jpeg, png, webp, avif, tiff, gif, heic. */
  format: string;
  originalName: string;
}

/**
 * One variant of a listing (issue 16): its values for the listing's option names, in the same
 * order, and what it sells under. Price null: the product's price; quantity null: not tracked.
 */
export interface ListingVariant {
  values: string[];
  sku: string | null;
  price: string | null;
  barcode: string | null;
  quantity: string | null;
  /** Where the photos that show this variant sit in listing.photos, in display order. */
  photoIndexes: number[];
}

/**
 * What every target's row mapper reads: a draft with its photos. Catalog data the shop imported
 * (quantity, vendor, barcode…) lives in attributes under the keys of ATTRIBUTE_KEYS (shared/domain/attributes.ts).
 */
export interface Listing {
  productId: number;
  title: string;
  description: string;
  tags: string[];
  attributes: Record<string, string>;
  price: string | null;
  sku: string | null;
  status: DraftStatus;
  /** The draft's unresolved flags, which the pre-flight lists; absent where a caller has none to give. */
  flags?: DraftFlag[];
  photos: ListingPhoto[];
  /** The product's option names ("Color", "Size"), at most three; empty without variants. */
  optionNames: string[];
  /** In position order; empty for a single-variant product, whose rows stay as they always were. */
  variants: ListingVariant[];
  /** The first valid GTIN the app read from the product's photos, if any (electron/evidence/). */
  photoGtin?: string;
}

/** The attribute, trimmed, or '' when absent. */
export function readAttribute(listing: Listing, key: string): string {
  return (listing.attributes[key] ?? '').trim();
}

/** The owner's barcode attribute; when it is empty, the GTIN read from the product's photos. */
export function readBarcode(listing: Listing): string {
  return readAttribute(listing, ATTRIBUTE_KEYS.barcode) || (listing.photoGtin ?? '');
}

/** Vendor, falling back to brand (both name who makes it), then to the shop's default vendor. */
export function readVendor(listing: Listing, shopVendor = ''): string {
  return readAttribute(listing, ATTRIBUTE_KEYS.vendor) || readAttribute(listing, 'brand') || shopVendor;
}
