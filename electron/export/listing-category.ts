import { ATTRIBUTE_KEYS } from '../../shared/domain/attributes';
import { readAttribute, type Listing } from './listing';
import type { RowContext } from './targets/types';

/** The product's Google category id, else the one this export sets for every product; '' for none. */
export function googleCategoryId(listing: Listing, ctx: RowContext): string {
  return readAttribute(listing, ATTRIBUTE_KEYS.googleProductCategory) || ctx.shop.googleProductCategory;
}

/** The path of that category ("Home & Garden > Kitchen & Dining > … > Mugs"), '' when unknown. */
export function googleCategoryPath(listing: Listing, ctx: RowContext): string {
  const id = googleCategoryId(listing, ctx);
  return id ? (ctx.taxonomy?.byId.get(id)?.path ?? '') : '';
}

/** The lint issue for an id the taxonomy does not hold (a typo, or a category Google retired). */
export function unknownCategoryMessage(id: string): string {
  return `Google product category ${id} is not in Google's product taxonomy; choose one with the editor's category picker.`;
}
