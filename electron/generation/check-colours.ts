import type { DraftFlag } from '../../shared/domain/draft';
import type { PaletteEntry } from '../../shared/domain/product';
import { familySupports, findColourWords, nameColourFamily, type ColourFamily } from '../../shared/text/colour-names';

/** A palette colour this large (share of product pixels) can back a claim: trim and stitching count. */
const SUPPORT_SHARE = 0.05;

export interface ColourCheckInput {
  title: string;
  description: string;
  color?: string;
}

/**
 * Compares the colours the copy names with the photos' palettes. A colour word that no palette
 * colour supports becomes one flag; no palette (not analysed yet) means no verdict.
 */
export function checkColours(listing: ColourCheckInput, palettes: readonly (readonly PaletteEntry[])[]): DraftFlag | undefined {
  const entries = palettes.flat().filter((e) => e.share >= SUPPORT_SHARE);
  if (entries.length === 0) return undefined;
  const seen = entries.map((e) => ({ family: nameColourFamily(e.hex), share: e.share }));
  const claims = findColourWords([listing.title, listing.description, listing.color ?? ''].join('\n'));
  const unsupported = claims.filter((claim) => !claim.families.some((c) => seen.some((s) => familySupports(s.family, c))));
  if (unsupported.length === 0) return undefined;
  return {
    code: 'colour_mismatch',
    reason: `The listing says ${joinWords(unsupported.map((c) => c.word))}, but the photo looks ${joinWords(lookingFamilies(seen))}.`,
  };
}

/** The one or two families that cover most of the product. */
function lookingFamilies(seen: readonly { family: ColourFamily; share: number }[]): string[] {
  const totals = new Map<ColourFamily, number>();
  for (const s of seen) totals.set(s.family, (totals.get(s.family) ?? 0) + s.share);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return second && second[1] >= first![1] / 2 ? [first![0], second[0]] : [first![0]];
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
