import type { Attributes, DraftFlag, ObservedFacts } from '../../shared/domain/draft';
import { checkClaims, ownerTextOf } from './check-claims';
import type { PhotoColours } from './check-colours';
import { checkCopyAgainstObserved } from './check-observed';
import type { PhotoEvidence } from './photo-evidence';

export interface EvidenceCheckInput {
  title: string;
  description: string;
  tags: readonly string[];
  attributes: Attributes;
  sku: string | null;
}

/** Everything the copy is held to besides the photo's colours: the model's observation, the app's reading, the owner's word. */
export interface EvidenceContext {
  observed: ObservedFacts | null;
  read: PhotoEvidence;
  confirmed: readonly string[];
  language: string;
}

/**
 * The per-field evidence checks of a listing: claims nothing backs (`unverified_claim`) and copy
 * that contradicts what the model itself saw (`observed_mismatch`). Each flag names its field.
 */
export function checkEvidence(listing: EvidenceCheckInput, ctx: EvidenceContext): DraftFlag[] {
  const claims = checkClaims(listing, {
    readText: ctx.read.text,
    readWords: ctx.read.words,
    ownerText: ownerTextOf(listing),
    confirmed: ctx.confirmed,
    brands: ctx.observed?.claimedBrand ? [ctx.observed.claimedBrand] : [],
  });
  const observed = ctx.observed ? checkCopyAgainstObserved(listing, ctx.observed, ctx.language) : [];
  return [...observed, ...claims];
}

export type { PhotoColours };
