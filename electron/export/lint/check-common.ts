import { PLATFORM_LIMITS } from '../../../shared/domain/platform-limits';
import type { Listing } from '../listing';
import type { FieldIssue, TargetSpec } from '../targets/types';

/**
 * The checks every target shares: required fields and the documented limits in
 * shared/domain/platform-limits.ts. Lengths count UTF-16 code units, the larger of the ways
 * platforms count, so a title that passes here is not too long there.
 */
export function checkCommon(spec: TargetSpec, listing: Listing): FieldIssue[] {
  const limits = PLATFORM_LIMITS[spec.id];
  const issues: FieldIssue[] = [];
  const error = (field: string, code: FieldIssue['code'], message: string) => issues.push({ field, code, severity: 'error', message });
  const name = limits.label;

  if (!listing.title.trim()) error('title', 'missing', 'has no title.');
  // A product with variants sells each under the variant's price and SKU: check-variants.ts asks for those.
  const single = listing.variants.length === 0;
  if (single && spec.requires.price && !listing.price) error('price', 'missing', 'has no price.');
  if (single && spec.requires.sku && !listing.sku?.trim()) error('sku', 'missing', 'has no SKU.');
  if (listing.title.length > limits.titleMax) error('title', 'too_long', `title has ${listing.title.length} characters; ${name} allows ${limits.titleMax}.`);
  if (limits.descriptionMax !== undefined && listing.description.length > limits.descriptionMax) {
    error('description', 'too_long', `description has ${listing.description.length} characters; ${name} allows ${limits.descriptionMax}.`);
  }
  if (limits.skuMax !== undefined && (listing.sku ?? '').length > limits.skuMax) {
    error('sku', 'too_long', `SKU has ${listing.sku!.length} characters; ${name} allows ${limits.skuMax}.`);
  }
  if (limits.tagsMax !== undefined && listing.tags.length > limits.tagsMax) {
    error('tags', 'too_many', `has ${listing.tags.length} tags; ${name} allows ${limits.tagsMax}.`);
  }
  const longTag = limits.tagLengthMax === undefined ? undefined : listing.tags.find((t) => t.length > limits.tagLengthMax!);
  if (longTag !== undefined) error('tags', 'too_long', `tag "${longTag}" has ${longTag.length} characters; ${name} allows ${limits.tagLengthMax}.`);
  if (limits.picturesMax !== undefined && listing.photos.length > limits.picturesMax) {
    error('pictures', 'too_many', `has ${listing.photos.length} photos; ${name} takes ${limits.picturesMax}, so the rest are left out.`);
  }
  if (listing.photos.length === 0) issues.push({ field: 'pictures', code: 'no_images', severity: 'warning', message: 'has no photos.' });
  return issues;
}
