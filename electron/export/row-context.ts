import { PLATFORM_LIMITS, type ExportTarget } from '../../shared/domain/platform-limits';
import type { ExportOptions } from '../../shared/domain/export';
import { baseHandle } from './handle';
import { imageUrl, type PlannedImage } from './image-names';
import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import { readAttribute, type Listing } from './listing';
import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import type { ShopSettings } from './shop-settings';
import type { RowContext } from './targets/types';

/** The handle before de-duplication, from the listing's own handle attribute, title, SKU or id. */
export function listingBaseHandle(listing: Listing): string {
  return baseHandle({ productId: listing.productId, title: listing.title, sku: listing.sku, handle: readAttribute(listing, ATTRIBUTE_KEYS.handle) });
}

/**
 * `fileHasVariants`: some product in the file has variants, so the rows are laid out under the
 * target's variant header (storefront-formats §2.4: WooCommerce's Parent column).
 */
export function buildRowContext(
  handle: string,
  images: readonly PlannedImage[],
  options: ExportOptions,
  shop: ShopSettings,
  taxonomy?: GoogleTaxonomy,
  fileHasVariants = false,
): RowContext {
  const imageUrls = options.imageBaseUrl ? images.map((img) => imageUrl(options.imageBaseUrl, img.fileName)) : [];
  const photoUrls = new Map<number, string>();
  if (options.imageBaseUrl) images.forEach((img, i) => photoUrls.set(img.photoIndex, imageUrls[i]!));
  return { handle, imageUrls, photoUrls, options, shop, taxonomy, fileHasVariants };
}

/** File-wide notes for the report. */
export function fileNotices(target: ExportTarget, options: ExportOptions): string[] {
  if (options.imageBaseUrl) return [];
  const label = PLATFORM_LIMITS[target].label;
  return [
    `No image base URL is set for ${label}, so the image columns are empty. Upload the images folder, enter its web address as the image base URL and export again, or add the photos in ${label} after importing.`,
  ];
}
