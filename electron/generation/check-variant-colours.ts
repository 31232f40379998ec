import type { DraftFlag } from '../../shared/domain/draft';
import type { ColourFamily } from '../../shared/text/colour/colour-families';
import { findColourClaims, type ColourClaim } from '../../shared/text/colour/find-colour-claims';
import { findOutputLanguage } from '../../shared/text/output-languages';
import { evidencePhotos, familiesShown, lookingFamilies, supports, type ColourCheckInput } from './check-colours';
import { colourFieldTexts, joinWords } from './colour-claim-fields';
import type { VariantColour } from './variant-colours';

/**
 * Under this share a colour is absent from a photo: a variant "lacks" a colour only when not even
 * a speck of it shows, so a shared trim the palette splits finely never reads as one variant's.
 */
const TRACE_SHARE = 0.02;

type Verdict = 'yes' | 'no' | 'unknown';

/**
 * One `variant_colour` flag per field whose copy names a colour that only some variants have: one
 * variant's colour option value ("Red" of Red, Blue, Green), or a colour only some variants'
 * own photos show. The copy is written once for the group, so such a word sells the other
 * variants as the wrong colour. Naming every variant's colour ("in red, blue or green") is fine,
 * and so is a colour all variants share (white inside every mug). Without a colour option, the
 * photos alone speak only when the variants look different (sizes of one mug look alike).
 */
export function checkVariantColours(listing: ColourCheckInput, variants: readonly VariantColour[], languageOption: string): DraftFlag[] {
  if (variants.length < 2) return [];
  const reads = variants.map(readVariant);
  if (!reads.some((r) => r.named.length > 0) && !looksDifferent(reads)) return [];
  const code = findOutputLanguage(languageOption)?.code ?? 'en';
  const range = colourRange(variants, reads);
  const flags: DraftFlag[] = [];
  for (const [field, text] of colourFieldTexts(listing)) {
    const verdicts = findColourClaims(text, code).map((claim) => ({ claim, each: reads.map((r) => verdictOf(r, claim)) }));
    const partial = verdicts.filter((v) => v.each.includes('yes') && v.each.includes('no'));
    if (partial.length === 0) continue;
    // Every variant with a known colour has its colour named: the copy lists the range.
    const namesEvery = reads.every((r, i) => !r.known || partial.some((v) => v.each[i] === 'yes'));
    if (namesEvery) continue;
    const words = partial.map((v) => v.claim.word);
    const label = field === 'tags' || field === 'attributes' ? `The ${field} say` : `The ${field} says`;
    flags.push({
      code: 'variant_colour',
      field,
      words,
      reason: clip(`${label} ${quoteList(words)}, but this product comes in ${joinWords(range)}; describe what all variants share, or name every colour.`),
    });
  }
  return flags;
}

interface VariantRead {
  named: readonly ColourFamily[];
  /** The variant's product photos, read as checkColours reads them. */
  evidence: ReturnType<typeof evidencePhotos>;
  /** Families each of those photos shows at all. */
  shown: Set<ColourFamily>[];
  /** Anything known of the variant's colour: a colour value or a measured photo. */
  known: boolean;
}

function readVariant(variant: VariantColour): VariantRead {
  const product = variant.photos.filter((p) => p.palette.length > 0 && p.scene !== 'lifestyle');
  const evidence = evidencePhotos(variant.photos);
  return { named: variant.named, evidence, shown: product.map((p) => familiesShown(p, TRACE_SHARE)), known: variant.named.length > 0 || evidence.length > 0 };
}

/**
 * Whether a variant has the claimed colour: its value names it or one of its photos shows it
 * (a blue mug with a red handle has red too). It lacks it when its value names another colour,
 * or, without a colour value, when none of its product photos shows even a speck of it.
 */
function verdictOf(read: VariantRead, claim: ColourClaim): Verdict {
  if (read.named.some((f) => claim.families.includes(f))) return 'yes';
  if (read.evidence.some((photo) => supports(photo, claim))) return 'yes';
  if (read.named.length > 0) return 'no';
  if (read.shown.length > 0 && read.shown.every((families) => !claim.families.some((f) => families.has(f)))) return 'no';
  return 'unknown';
}

/** Without colour values: whether the variants' photos lead with different colours at all. */
function looksDifferent(reads: readonly VariantRead[]): boolean {
  const leads = reads.filter((r) => r.evidence.length > 0).map((r) => lookingFamilies(r.evidence[0]!)[0]);
  return new Set(leads).size >= 2;
}

/** The colours the product comes in, for the reason: each variant's value, else how its photo looks; each once, in order. */
function colourRange(variants: readonly VariantColour[], reads: readonly VariantRead[]): string[] {
  const names = variants.map((v, i) => v.value ?? (reads[i]!.evidence[0] ? lookingFamilies(reads[i]!.evidence[0]!)[0] : undefined));
  const seen = new Set<string>();
  return names.filter((n): n is string => {
    if (!n || seen.has(n.toLowerCase())) return false;
    seen.add(n.toLowerCase());
    return true;
  });
}

function quoteList(words: readonly string[]): string {
  return joinWords(words.map((w) => `"${w}"`));
}

function clip(reason: string): string {
  return reason.length <= 500 ? reason : `${reason.slice(0, 499)}…`;
}
