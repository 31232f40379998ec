import { PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import { formatPrice } from '../../../shared/text/format-price';
import { readAttribute, type Listing } from '../listing';
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

function toRows(listing: Listing, ctx: RowContext): string[][] {
  const images: Partial<Record<Column, string>> = {};
  ctx.imageUrls.slice(0, IMAGE_COLUMNS.length).forEach((url, i) => {
    images[IMAGE_COLUMNS[i]!] = url;
  });
  return [
    toCells(HEADER, {
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
      ...images,
    }),
  ];
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
  if (!readAttribute(listing, ATTRIBUTE_KEYS.quantity)) error('quantity', 'missing', 'has no quantity; Etsy requires one (import your catalog or set it in the editor).');
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
