import type { Attributes, DraftFlag } from '../../shared/domain/draft';
import { findOutputLanguage } from '../../shared/text/output-languages';
import type { PaletteEntry, PhotoScene } from '../../shared/domain/product';
import { familiesOfHex, type ColourFamily } from '../../shared/text/colour/colour-families';
import { findColourClaims, type ColourClaim } from '../../shared/text/colour/find-colour-claims';
import { colourFieldTexts, joinWords } from './colour-claim-fields';

/** A palette colour this large (share of the product's pixels) can back a claim: trim and stitching count, a highlight does not. */
const SUPPORT_SHARE = 0.08;

export interface PhotoColours {
  palette: readonly PaletteEntry[];
  /** Null for photos imported before scenes were recorded: read as product photos. */
  scene: PhotoScene | null;
}

export interface ColourCheckInput {
  title: string;
  description: string;
  tags: readonly string[];
  attributes: Attributes;
}

/**
 * Compares the colours each field names with the product's photos; one `colour_mismatch` flag
 * per field, naming the field and its unsupported words. The evidence is the product photos
 * (on a backdrop or filling the frame), each on its own: a colour counts when one photo shows
 * it. A lifestyle shot shows a room's colours too, so it only speaks when there is no product
 * photo, and then only the first photo does. No palette (not analysed yet) means no verdict.
 */
export function checkColours(listing: ColourCheckInput, photos: readonly PhotoColours[], languageOption: string): DraftFlag[] {
  const evidence = evidencePhotos(photos);
  if (evidence.length === 0) return [];
  const code = findOutputLanguage(languageOption)?.code ?? 'en';
  const flags: DraftFlag[] = [];
  for (const [field, text] of colourFieldTexts(listing)) {
    const unsupported = findColourClaims(text, code).filter((claim) => !evidence.some((photo) => supports(photo, claim)));
    if (unsupported.length === 0) continue;
    const words = unsupported.map((c) => c.word);
    const label = field === 'tags' || field === 'attributes' ? `The ${field} say` : `The ${field} says`;
    flags.push({
      code: 'colour_mismatch',
      field,
      words,
      reason: `${label} ${joinWords(words)}, but the product in the photos looks ${joinWords(lookingFamilies(evidence[0]!))}.`,
    });
  }
  return flags;
}

/** Families each significant colour of a photo may be called, computed once per photo. */
export interface Evidence {
  colours: { families: readonly ColourFamily[]; share: number }[];
}

/** The photos that speak for the product's colours (see checkColours), each read once. */
export function evidencePhotos(photos: readonly PhotoColours[]): Evidence[] {
  const measured = photos.filter((p) => p.palette.length > 0);
  const product = measured.filter((p) => p.scene !== 'lifestyle');
  const chosen = product.length > 0 ? product : measured.slice(0, 1);
  return chosen.map((p) => ({
    colours: p.palette.filter((e) => e.share >= SUPPORT_SHARE).map((e) => ({ families: familiesOfHex(e.hex), share: e.share })),
  }));
}

/** Every family a photo shows at all, specks over `minShare` included: what a photo clearly lacks is not among them. */
export function familiesShown(photo: PhotoColours, minShare: number): Set<ColourFamily> {
  return new Set(photo.palette.filter((e) => e.share >= minShare).flatMap((e) => familiesOfHex(e.hex)));
}

export function supports(photo: Evidence, claim: ColourClaim): boolean {
  return photo.colours.some((c) => c.families.some((f) => claim.families.includes(f)));
}


/** The one or two families that cover most of the lead photo's product, for the reason. */
export function lookingFamilies(photo: Evidence): string[] {
  const totals = new Map<ColourFamily, number>();
  for (const c of photo.colours) {
    const family = c.families[0];
    if (family) totals.set(family, (totals.get(family) ?? 0) + c.share);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return ['different'];
  return second && second[1] >= first[1] / 2 ? [first[0], second[0]] : [first[0]];
}

