import { PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import { formatPrice } from '../../../shared/text/format-price';
import { readAttribute, type Listing, type ListingVariant } from '../listing';
import { describeVariant, photoUrlsOf, variantPhotoIndexes, variantPrice, variantSku, variantTitle } from '../listing-variant';
import { ATTRIBUTE_KEYS } from '../../../shared/domain/attributes';
import { PLAIN_CSV, toCells, type FieldIssue, type RowContext, type TargetSpec } from './types';

const IMAGE_COLUMNS = ['image_1', 'image_2', 'image_3', 'image_4', 'image_5', 'image_6', 'image_7', 'image_8', 'image_9', 'image_10'] as const;

/** Etsy API field names for bulk-upload tools such as Shop Uploader (storefront-formats §3). */
const HEADER = [
  'sku', 'title', 'description', 'price', 'quantity', 'who_made', 'when_made', 'is_supply', 'taxonomy_id', 'tags', 'materials',
  ...IMAGE_COLUMNS,
] as const;
type Column = (typeof HEADER)[number];

// Etsy OpenAPI's character sets (§3): titles, tags and materials each allow less than the last.
const TITLE_CHARS = /^[\p{L}\p{M}\p{N}\p{P}\p{Sm}\s™©®]*$/u;
const TAG_CHARS = /^[\p{L}\p{M}\p{N}\s\-'™©®]*$/u;
const MATERIAL_CHARS = /^[\p{L}\p{M}\p{N}\s]*$/u;
const ONCE_ONLY = ['%', ':', '&', '+'];

export function etsyMaterials(material: string): string[] {
  return material.split(',').map((m) => m.trim()).filter((m) => m.length > 0);
}

function taxonomyId(listing: Listing, ctx: RowContext): string {
  return readAttribute(listing, ATTRIBUTE_KEYS.etsyTaxonomyId) || ctx.shop.etsyTaxonomyId;
}

function imageColumns(urls: readonly string[]): Partial<Record<Column, string>> {
  const images: Partial<Record<Column, string>> = {};
  urls.slice(0, IMAGE_COLUMNS.length).forEach((url, i) => {
    images[IMAGE_COLUMNS[i]!] = url;
  });
  return images;
}

/** The quantity of a per-variant listing: the variant's, else the product's. */
function variantQuantity(listing: Listing, variant: ListingVariant): string {
  return variant.quantity?.trim() || readAttribute(listing, ATTRIBUTE_KEYS.quantity);
}

/**
 * One listing per row. A product with variants is one listing per variant (README "Variants"):
 * Shop Uploader groups variations with parent_sku (§3 [S]), but its variation columns are not in
 * the doc and this neutral file is not its template, so separate listings are what imports for sure.
 */
function toRows(listing: Listing, ctx: RowContext): string[][] {
  const product = productRecord(listing, ctx);
  if (listing.variants.length > 0) {
    return listing.variants.map((variant) =>
      toCells(HEADER, {
        ...product,
        sku: variantSku(listing, variant),
        title: variantTitle(listing, variant),
        price: formatPrice(variantPrice(listing, variant)),
        quantity: variantQuantity(listing, variant),
        ...imageColumns(photoUrlsOf(variantPhotoIndexes(listing, variant), ctx.photoUrls)),
      }),
    );
  }
  return [toCells(HEADER, { ...product, ...imageColumns(ctx.imageUrls) })];
}

function productRecord(listing: Listing, ctx: RowContext): Partial<Record<Column, string>> {
  return {
      sku: listing.sku ?? '',
      title: listing.title,
      description: listing.description,
      price: formatPrice(listing.price),
      quantity: readAttribute(listing, ATTRIBUTE_KEYS.quantity),
      who_made: ctx.shop.etsyWhoMade,
      when_made: ctx.shop.etsyWhenMade,
      is_supply: ctx.shop.etsyIsSupply ? 'true' : 'false',
      taxonomy_id: taxonomyId(listing, ctx),
      tags: listing.tags.map((t) => t.trim()).join(','),
      materials: etsyMaterials(readAttribute(listing, 'material')).join(','),
  };
}

function lint(listing: Listing, ctx: RowContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const error = (field: string, code: FieldIssue['code'], message: string) => issues.push({ field, code, severity: 'error', message });
  if (!TITLE_CHARS.test(listing.title)) error('title', 'invalid_value', 'title holds characters Etsy refuses (emoji or symbols); use letters, numbers and punctuation.');
  const repeated = ONCE_ONLY.filter((ch) => listing.title.split(ch).length > 2);
  if (repeated.length > 0) error('title', 'invalid_value', `title uses ${repeated.join(' ')} more than once; Etsy allows each of % : & + once.`);
  const badTag = listing.tags.find((tag) => !TAG_CHARS.test(tag));
  if (badTag) error('tags', 'invalid_value', `tag "${badTag}" may only hold letters, numbers, spaces, - and '.`);
  const materials = etsyMaterials(readAttribute(listing, 'material'));
  const badMaterial = materials.find((m) => !MATERIAL_CHARS.test(m));
  if (badMaterial) error('materials', 'invalid_value', `material "${badMaterial}" may only hold letters, numbers and spaces (Etsy refuses "100% cotton").`);
  const materialsMax = PLATFORM_LIMITS.etsy.materialsMax ?? 13;
  if (materials.length > materialsMax) error('materials', 'too_many', `has ${materials.length} materials; Etsy allows ${materialsMax}.`);
  if (!taxonomyId(listing, ctx)) error('taxonomy_id', 'missing', 'has no Etsy taxonomy ID (Etsy requires one); set it on the product (Etsy taxonomy), or the shop default with `listing-studio shop set --etsy-taxonomy 482`.');
  if (listing.variants.length === 0 && !readAttribute(listing, ATTRIBUTE_KEYS.quantity)) error('quantity', 'missing', 'has no quantity; Etsy requires one (import your catalog or set it in the editor).');
  for (const variant of listing.variants.filter((v) => !variantQuantity(listing, v))) {
    error('quantity', 'missing', `– ${describeVariant(listing, variant)} has no quantity, and the product has none; Etsy requires one (set it on the variant).`);
  }
  // Etsy's title rules hold for each variant's listing title too.
  for (const variant of listing.variants) {
    const title = variantTitle(listing, variant);
    const repeatedHere = ONCE_ONLY.filter((ch) => title.split(ch).length > 2 && listing.title.split(ch).length <= 2);
    if (!TITLE_CHARS.test(title) && TITLE_CHARS.test(listing.title)) error('title', 'invalid_value', `– ${describeVariant(listing, variant)}: its values hold characters Etsy refuses in a title (emoji or symbols).`);
    if (repeatedHere.length > 0) error('title', 'invalid_value', `– ${describeVariant(listing, variant)}: the title with its values uses ${repeatedHere.join(' ')} more than once; Etsy allows each of % : & + once.`);
  }
  return issues;
}

export const etsyTarget: TargetSpec<Column> = {
  id: 'etsy',
  dialect: PLAIN_CSV,
  preamble: [],
  header: HEADER,
  requires: { price: true, sku: true },
  toRows,
  lint,
};
