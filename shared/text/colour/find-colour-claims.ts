import type { LanguageCode } from '../output-languages';
import type { ColourFamily } from './colour-families';
import { colourIdioms } from './idioms';
import { colourVocabulary } from './vocabulary-other';

export interface ColourClaim {
  /** The colour name as the copy wrote it, lower-cased ("navy blue", "reddish"). */
  word: string;
  families: readonly ColourFamily[];
}

/** Colour names are at most this many words ("fire engine red"). */
const MAX_NAME_WORDS = 3;
const LIGHTER: Partial<Record<ColourFamily, ColourFamily>> = { black: 'charcoal', charcoal: 'grey', grey: 'silver', silver: 'white', brown: 'beige', beige: 'cream' };
const DARKER: Partial<Record<ColourFamily, ColourFamily>> = { white: 'silver', silver: 'grey', grey: 'charcoal', charcoal: 'black', cream: 'beige', beige: 'brown' };
const LIGHT_WORDS = new Set(['light', 'pale', 'pastel', 'soft']);
const DARK_WORDS = new Set(['dark', 'deep']);
/** Languages written without spaces: names are found as substrings. */
const UNSPACED = new Set<LanguageCode>(['ja', 'zh']);

/**
 * The colour names in a text, each once, in order: multi-word names first ("rose gold" is not
 * "rose" and "gold"), idioms skipped ("Black Friday"), plurals and -ish forms read as their
 * colour ("reds", "bluish"), and "light"/"dark" widening a neutral to its lighter or darker neighbour.
 */
export function findColourClaims(text: string, code: LanguageCode): ColourClaim[] {
  return UNSPACED.has(code) ? findInUnspaced(text, code) : findInSpaced(text, code);
}

function findInSpaced(text: string, code: LanguageCode): ColourClaim[] {
  const vocabulary = colourVocabulary(code);
  const tokens = (text.toLowerCase().match(/[\p{L}\p{N}]+|&/gu) ?? []).map((t) => (code === 'en' && t === 'gray' ? 'grey' : t));
  const skip = idiomTokens(tokens, code);
  const claims = new Map<string, ColourClaim>();
  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i)) continue;
    const match = longestName(tokens, i, skip, vocabulary, code);
    if (!match) continue;
    const families = widen(match.families, tokens[i - 1]);
    const key = match.word;
    if (!claims.has(key)) claims.set(key, { word: key, families });
    i += match.length - 1;
  }
  return [...claims.values()];
}

function longestName(
  tokens: readonly string[],
  start: number,
  skip: ReadonlySet<number>,
  vocabulary: ReadonlyMap<string, readonly ColourFamily[]>,
  code: LanguageCode,
): { word: string; families: readonly ColourFamily[]; length: number } | undefined {
  for (let n = Math.min(MAX_NAME_WORDS, tokens.length - start); n >= 1; n--) {
    const words = tokens.slice(start, start + n);
    if (words.some((_, k) => skip.has(start + k))) continue;
    const name = words.join(' ');
    const families = vocabulary.get(name) ?? (n === 1 ? derivedForm(name, vocabulary, code) : undefined);
    if (families) return { word: name, families, length: n };
  }
  return undefined;
}

/** "reds", "bluish", "purplish", "whitish"; in German, Dutch and Swedish also compounds ("salbeigrün"). */
function derivedForm(word: string, vocabulary: ReadonlyMap<string, readonly ColourFamily[]>, code: LanguageCode): readonly ColourFamily[] | undefined {
  if (code === 'en') {
    const bases = word.endsWith('ish')
      ? [word.slice(0, -3), `${word.slice(0, -3)}e`, word.at(-4) === word.at(-5) ? word.slice(0, -4) : '']
      : word.endsWith('s')
        ? [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '']
        : word.endsWith('ey') ? [word.slice(0, -1), word.slice(0, -2)] : [];
    for (const base of bases) if (base.length >= 3 && vocabulary.has(base)) return vocabulary.get(base);
    return undefined;
  }
  if (code === 'de' || code === 'nl' || code === 'sv') {
    for (let cut = 3; cut <= word.length - 3; cut++) {
      const tail = vocabulary.get(word.slice(cut));
      if (tail) return tail;
    }
  }
  return undefined;
}

function widen(families: readonly ColourFamily[], before: string | undefined): readonly ColourFamily[] {
  const step = before && LIGHT_WORDS.has(before) ? LIGHTER : before && DARK_WORDS.has(before) ? DARKER : undefined;
  if (!step) return families;
  const extra = families.map((f) => step[f]).filter((f): f is ColourFamily => f !== undefined && !families.includes(f));
  return [...families, ...new Set(extra)];
}

/** Indexes of tokens inside an idiom. */
function idiomTokens(tokens: readonly string[], code: LanguageCode): Set<number> {
  const skip = new Set<number>();
  for (const idiom of colourIdioms(code)) {
    const words = idiom.match(/[\p{L}\p{N}]+|&/gu) ?? [];
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (words.every((w, k) => tokens[i + k] === w)) for (let k = 0; k < words.length; k++) skip.add(i + k);
    }
  }
  return skip;
}

function findInUnspaced(text: string, code: LanguageCode): ColourClaim[] {
  let rest = text.toLowerCase();
  for (const idiom of colourIdioms(code)) rest = rest.split(idiom).join(' ');
  const claims: { at: number; claim: ColourClaim }[] = [];
  const names = [...colourVocabulary(code).entries()].sort((a, b) => b[0].length - a[0].length);
  for (const [name, families] of names) {
    let at = rest.indexOf(name);
    if (at < 0) continue;
    claims.push({ at, claim: { word: name, families } });
    while (at >= 0) {
      rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length);
      at = rest.indexOf(name);
    }
  }
  return claims.sort((a, b) => a.at - b.at).map((c) => c.claim);
}
