import type { Condition } from '../../shared/domain/shop-profile';
import type { ShopSettings } from './shop-settings';
import { readAttribute, type Listing } from './listing';

/** Words shop owners and models write for each of Google's three conditions. */
const SYNONYMS: Record<string, Condition> = {
  new: 'new', 'brand new': 'new', 'new with tags': 'new', 'new without tags': 'new', 'new with box': 'new',
  used: 'used', 'pre-owned': 'used', preowned: 'used', 'pre owned': 'used', secondhand: 'used', 'second-hand': 'used', vintage: 'used',
  refurbished: 'refurbished', 'seller refurbished': 'refurbished', 'certified refurbished': 'refurbished', renewed: 'refurbished',
};

export function normalizeCondition(text: string): Condition | null {
  return SYNONYMS[text.trim().toLowerCase()] ?? null;
}

export interface ListingCondition {
  /** What the product or the shop says, as written; '' when neither says anything. */
  written: string;
  /** The condition it means, or null when nothing is set or the words are not understood. */
  condition: Condition | null;
}

/** The product's own condition, else the shop default; never made up. */
export function listingCondition(listing: Listing, shop: ShopSettings): ListingCondition {
  const written = readAttribute(listing, 'condition') || shop.defaultCondition;
  return { written, condition: written ? normalizeCondition(written) : null };
}

/** The lint message when a target needs a condition and has none. */
export const MISSING_CONDITION =
  'has no condition (new, used or refurbished); set it on the product, or set the shop default with `listing-studio shop set --condition new`.';
