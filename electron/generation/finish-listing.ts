import type { Attributes, DraftFields, DraftFlag } from '../../shared/domain/draft';
import { FACT_LIMITS, type ListingLimits, type ListingOutput } from '../../shared/domain/listing-output';
import { countWords, wordBudget } from '../../shared/text/count-words';
import { textNamesWord } from '../../shared/text/claims/name-in-text';

/**
 * Holds a reply to the platform's limits: a grammar already does this locally, a cloud model
 * only reads them in the prompt. Titles and tags are cut at a word boundary, tags deduplicated.
 */
export function fitListingToLimits(output: ListingOutput, limits: ListingLimits): ListingOutput {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of output.tags) {
    const tag = clipAtWord(collapse(raw), limits.tagMax);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key) || tags.length >= limits.tagsMax) continue;
    seen.add(key);
    tags.push(tag);
  }
  return {
    ...output,
    title: clipAtWord(collapse(output.title), limits.titleMax),
    description: stripControls(output.description).trim(),
    tags,
    attributes: {
      category: clipAtWord(collapse(output.attributes.category ?? ''), FACT_LIMITS.categoryMax) || null,
      color: clipAtWord(collapse(output.attributes.color ?? ''), FACT_LIMITS.attributeMax) || null,
      material: clipAtWord(collapse(output.attributes.material ?? ''), FACT_LIMITS.attributeMax) || null,
      brand: readableBrand(output),
      // Only the owner knows the condition: whatever the model said is dropped here.
      condition: null,
    },
  };
}

/**
 * The brand only when the model itself listed it, whole words, among the text it read off the
 * photos ("Nike" is not in "Nikel"). Even then it stays flagged until the app's own reading of the
 * photos or the owner backs it (check-claims.ts).
 */
export function readableBrand(output: ListingOutput): string | null {
  const brand = clipAtWord(collapse(output.attributes.brand ?? ''), FACT_LIMITS.attributeMax);
  if (!brand) return null;
  return output.observed.visibleText.some((t) => textNamesWord(collapse(t), brand)) ? brand : null;
}

export function wordCountFlag(description: string, target: number): DraftFlag | undefined {
  const words = countWords(description);
  const { min, max } = wordBudget(target);
  if (words >= min && words <= max) return undefined;
  return { code: 'word_count', reason: `Description has ${words} words; the target is ${min}-${max}.` };
}

const REASON_MAX = 500;

/** What the model said it was unsure of, so the reviewer checks exactly those claims. */
export function uncertainFlag(uncertain: readonly string[]): DraftFlag | undefined {
  const items = uncertain.map(collapse).filter(Boolean);
  if (items.length === 0) return undefined;
  const reason = `The model was unsure about: ${items.join('; ')}.`;
  return { code: 'uncertain', reason: reason.length <= REASON_MAX ? reason : `${reason.slice(0, REASON_MAX - 1)}…` };
}

/** The draft fields the model writes; price, SKU and condition stay the shop owner's. */
export function toDraftFields(output: ListingOutput): Pick<DraftFields, 'title' | 'description' | 'tags' | 'attributes'> {
  const a = output.attributes;
  const attributes: Attributes = {};
  for (const [key, value] of [
    ['category', a.category],
    ['color', a.color],
    ['material', a.material],
    ['brand', a.brand],
  ] as const) {
    const text = collapse(value ?? '');
    if (text) attributes[key] = text;
  }
  return { title: output.title, description: output.description, tags: output.tags, attributes };
}

function collapse(text: string): string {
  return stripControls(text).replace(/\s+/g, ' ').trim();
}

/** Control characters (a byte-level model emits them) would break CSV exports and the editor; newlines and tabs stay. */
function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trim();
}
