import type { Attributes, DraftFlag, ObservedFacts } from '../../shared/domain/draft';
import { findOutputLanguage } from '../../shared/text/output-languages';
import type { ColourFamily } from '../../shared/text/colour/colour-families';
import { findColourClaims } from '../../shared/text/colour/find-colour-claims';
import { checkColours, type PhotoColours } from './check-colours';
import { colourFieldTexts, joinWords } from './colour-claim-fields';

export interface ObservedCheckInput {
  title: string;
  description: string;
  tags: readonly string[];
  attributes: Attributes;
}

/**
 * The model's own observation against the app's measurement: colours it says it saw that no
 * product photo shows. Such an observation cannot vouch for anything, so it is flagged on its
 * own (no field: it is not copy the owner edits) with code `observed_mismatch`.
 */
export function checkObservedAgainstPhotos(observed: ObservedFacts, photos: readonly PhotoColours[]): DraftFlag[] {
  if (observed.colours.length === 0) return [];
  // "observed" is English by the prompt's rule, whatever the listing's language.
  const measured = checkColours({ title: '', description: observed.colours.join(', '), tags: [], attributes: {} }, photos, 'English');
  return measured.map((flag) => ({
    code: 'observed_mismatch',
    words: flag.words,
    reason: flag.reason.replace(/^The description says/, 'The model said it saw'),
  }));
}

/**
 * The copy against the model's own observation: a colour in a field that none of the observed
 * colours can be called, and (in English, where the observation's words can be compared) a title
 * that names none of the words of the object the model saw. One `observed_mismatch` flag per field.
 */
export function checkCopyAgainstObserved(listing: ObservedCheckInput, observed: ObservedFacts, languageOption: string): DraftFlag[] {
  const code = findOutputLanguage(languageOption)?.code ?? 'en';
  const seen = new Set<ColourFamily>(observed.colours.flatMap((c) => findColourClaims(c, 'en').flatMap((claim) => claim.families)));
  const flags: DraftFlag[] = [];
  for (const [field, text] of colourFieldTexts(listing)) {
    const words: string[] = [];
    const sentences: string[] = [];
    const label = field === 'tags' || field === 'attributes' ? `The ${field} say` : `The ${field} says`;
    if (seen.size > 0) {
      const off = findColourClaims(text, code).filter((claim) => !claim.families.some((f) => seen.has(f)));
      if (off.length > 0) {
        words.push(...off.map((c) => c.word));
        sentences.push(`${label} ${joinWords(off.map((c) => c.word))}, but the model saw ${joinWords(observed.colours)}.`);
      }
    }
    if (field === 'title' && code === 'en' && observed.object && text.trim() && !namesObject(text, observed.object)) {
      sentences.push(`The title names nothing of "${observed.object}", the object the model saw.`);
    }
    if (sentences.length > 0) flags.push({ code: 'observed_mismatch', field, words, reason: sentences.join(' ') });
  }
  return flags;
}

/** Words too general to name an object: a "red ceramic object" is named by "mug" as well as not. */
const GENERAL = new Set(['a', 'an', 'the', 'of', 'with', 'and', 'for', 'in', 'on', 'set', 'pair', 'item', 'object', 'product', 'small', 'large', 'big', 'piece']);

function namesObject(title: string, object: string): boolean {
  const stem = (w: string): string => w.replace(/(?:es|s)$/, '');
  const titleWords = new Set((title.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
  const objectWords = (object.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !GENERAL.has(w));
  return objectWords.length === 0 || objectWords.some((w) => titleWords.has(stem(w)));
}


