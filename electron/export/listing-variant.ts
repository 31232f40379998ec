import { variantLabel } from '../../shared/domain/variant';
import { slugifyHandle } from './handle';
import type { Listing, ListingVariant } from './listing';

/** What one variant sells for: its own price, else the product's (the design's rule). */
export function variantPrice(listing: Listing, variant: ListingVariant): string | null {
  return variant.price?.trim() || listing.price;
}

/**
 * The variant's SKU, else one built from the product's SKU and the variant's values (TEE-01-RED-XL),
 * so every row a storefront keys on (Google's id, a per-variant eBay or Etsy listing) has one that
 * stays the same from export to export. Values with no ASCII form fall back to the position (TEE-01-V2).
 * '' when neither the variant nor the product has a SKU: the pre-flight names that variant.
 */
export function variantSku(listing: Listing, variant: ListingVariant): string {
  const own = variant.sku?.trim();
  if (own) return own;
  const parent = listing.sku?.trim();
  if (!parent) return '';
  const slug = slugifyHandle(variant.values.join(' ')).toUpperCase();
  return `${parent}-${slug || `V${listing.variants.indexOf(variant) + 1}`}`;
}

/** "Red / XL", or the variant's SKU or place when its values are empty: how messages name a variant. */
export function describeVariant(listing: Listing, variant: ListingVariant): string {
  return variantLabel(variant.values.map((v) => v.trim())) || variant.sku?.trim() || `variant ${listing.variants.indexOf(variant) + 1}`;
}

/** "Organic Tee – Red / XL": the title of a row that stands for one variant (Google, eBay, Etsy). */
export function variantTitle(listing: Listing, variant: ListingVariant): string {
  const label = variantLabel(variant.values);
  return label ? `${listing.title} – ${label}` : listing.title;
}

/** Photos that show no one variant: the whole group's. */
export function sharedPhotoIndexes(listing: Listing): number[] {
  const owned = new Set(listing.variants.flatMap((v) => v.photoIndexes));
  return listing.photos.flatMap((_, i) => (owned.has(i) ? [] : [i]));
}

/**
 * The photos of a row that stands for one variant: its own first, then the shared ones. A variant
 * with none of its own leads with the product's first photo (what Google shows for it anyway).
 */
export function variantPhotoIndexes(listing: Listing, variant: ListingVariant): number[] {
  const lead = variant.photoIndexes.length > 0 ? variant.photoIndexes : listing.photos.length > 0 ? [0] : [];
  return [...new Set([...lead, ...sharedPhotoIndexes(listing)])];
}

/** The public URLs of those photos, skipping photos left out of the export. */
export function photoUrlsOf(indexes: readonly number[], photoUrls: ReadonlyMap<number, string>): string[] {
  return indexes.flatMap((i) => {
    const url = photoUrls.get(i);
    return url ? [url] : [];
  });
}

/** The option names Google has attributes for (§5): Color/Colour → color, Size → size, Material → material. */
const GOOGLE_OPTION_ATTRIBUTES: Record<string, 'color' | 'size' | 'material'> = {
  color: 'color',
  colour: 'color',
  size: 'size',
  material: 'material',
};

/** The variant's value for the option that maps to a Google attribute, or undefined when no option does. */
export function optionValueFor(listing: Listing, variant: ListingVariant, attribute: 'color' | 'size' | 'material'): string | undefined {
  const i = listing.optionNames.findIndex((name) => GOOGLE_OPTION_ATTRIBUTES[name.trim().toLowerCase()] === attribute);
  return i < 0 ? undefined : (variant.values[i] ?? '').trim();
}
