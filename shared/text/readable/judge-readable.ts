import { OUTPUT_LANGUAGES, type OutputLanguage } from '../output-languages';
import { functionWords } from './function-words';

/**
 * Whether a text reads as language in the language it should be written in. Pure and offline:
 * it looks at the characters (symbols no prose uses, the script), at the shape of the words
 * (letters, digits and capitals jumbled inside one "word", runs of letters without a vowel), and
 * at how many of the words are the everyday little words every sentence of that language is made
 * of. Each test is loose enough for terse product copy ("Blue mug. 350 ml. Dishwasher safe.").
 */
export interface ReadableVerdict {
  readable: boolean;
  /** Why not, in a shop owner's words: "most of it is letters, digits and symbols jumbled together". */
  why?: string;
}

/** Texts shorter than this say too little to judge. */
const MIN_CHARS = 4;
/** Prose uses a few of these ("|", "~", "$"); noise uses them all the time. */
const MAX_ODD_SYMBOL_SHARE = 0.06;
const MAX_JUMBLED_SHARE = 0.3;
const MAX_VOWELLESS_SHARE = 0.35;
/** Share of letters that must be in the language's own script. */
const MIN_SCRIPT_SHARE = { latin: 0.8, japanese: 0.5, chinese: 0.5 } as const;
/**
 * Function words, judged on at least this many words: the text reads as another language when
 * that language's share is high and well above the expected one's (German and Dutch share "die", "in").
 */
const MIN_WORDS_FOR_RATIO = 12;
const OTHER_LANGUAGE_FIT = 0.15;
const OTHER_LANGUAGE_LEAD = 2.5;

const ORDINARY = /[\p{L}\p{N}\p{M}\s.,;:!?'"’‘“”«»„‚\-–—()/%&+·•…、。，！？：；「」『』（）・ー〜×#*°®™€$£¥]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Enough Han characters to expect kana in a Japanese sentence. */
const MIN_CJK_LETTERS = 20;
const VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüýÿąęó]/i;
const SCRIPT_TEST = {
  latin: /\p{Script=Latin}/u,
  japanese: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/u,
  chinese: /\p{Script=Han}/u,
} as const;

export function judgeReadable(text: string, language: OutputLanguage | undefined): ReadableVerdict {
  const trimmed = text.trim();
  if (trimmed.length < MIN_CHARS) return { readable: true };
  const chars = [...trimmed].filter((c) => !/\s/u.test(c));
  const odd = chars.filter((c) => !ORDINARY.test(c)).length;
  if (odd / chars.length > MAX_ODD_SYMBOL_SHARE) return { readable: false, why: 'it is full of symbols that no sentence uses' };

  const letters = chars.filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return { readable: true };
  if (language) {
    const own = letters.filter((c) => SCRIPT_TEST[language.script].test(c)).length;
    const kana = letters.filter((c) => KANA.test(c)).length / letters.length;
    if (language.script === 'chinese' && kana > 0.1) return { readable: false, why: 'it reads as Japanese, not Chinese' };
    if (own / letters.length < MIN_SCRIPT_SHARE[language.script]) return { readable: false, why: `it is not written in ${language.name} letters` };
    // Both write with Han characters; Japanese sentences always carry kana, Chinese ones never do.
    if (language.script === 'japanese' && letters.length >= MIN_CJK_LETTERS && kana < 0.05) return { readable: false, why: 'it reads as Chinese, not Japanese' };
  }

  const tokens = trimmed.split(/\s+/u).map(stripPunctuation).filter((t) => t.length > 0 && !isAddress(t));
  const spaced = !language || language.script === 'latin';
  if (spaced && tokens.length > 0) {
    const jumbled = tokens.filter(isJumbled).length;
    if (jumbled / tokens.length > MAX_JUMBLED_SHARE) return { readable: false, why: 'most of it is letters, digits and symbols jumbled together, not words' };
    const long = tokens.filter((t) => /^\p{L}{4,}$/u.test(t));
    const vowelless = long.filter((t) => !VOWELS.test(t)).length;
    if (long.length >= 3 && vowelless / long.length > MAX_VOWELLESS_SHARE) return { readable: false, why: 'most of its words have no vowels' };
  }

  if (language) {
    const own = functionWordShare(trimmed, language);
    if (own.words >= MIN_WORDS_FOR_RATIO) {
      const other = bestOtherLanguage(trimmed, language);
      if (other && other.share >= Math.max(OTHER_LANGUAGE_FIT, own.share * OTHER_LANGUAGE_LEAD)) {
        return { readable: false, why: `it reads as ${other.language.name}, not ${language.name}` };
      }
    }
  }
  return { readable: true };
}

/** Share of the text's words that are the language's function words. */
export function functionWordShare(text: string, language: OutputLanguage): { words: number; share: number } {
  const words = segmentWords(text.toLowerCase(), language.code);
  if (words.length === 0) return { words: 0, share: 0 };
  const set = functionWords(language.code);
  return { words: words.length, share: words.filter((w) => set.has(w)).length / words.length };
}

function bestOtherLanguage(text: string, language: OutputLanguage): { language: OutputLanguage; share: number } | undefined {
  let best: { language: OutputLanguage; share: number } | undefined;
  for (const other of OUTPUT_LANGUAGES) {
    if (other.code === language.code || other.script !== language.script) continue;
    const { share } = functionWordShare(text, other);
    if (share > (best?.share ?? 0)) best = { language: other, share };
  }
  return best;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmentWords(text: string, locale: string): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * A "word" no language writes: letters and digits swapped back and forth ("O7a7"), capitals
 * scattered inside ("qvUbvURO"), or a run of 30 characters without a space. Model numbers
 * ("USB-C", "iPhone", "A4", "3.5kg", "10x20") stay well under these limits.
 */
function isJumbled(token: string): boolean {
  if ([...token].length > 30) return true;
  if (/[^\p{L}\p{N}\p{M}'’.\-/&+%×°]/u.test(token)) return true;
  const letterDigitSwaps = token.match(/(?<=\p{L})\p{N}|(?<=\p{N})\p{L}/gu)?.length ?? 0;
  if (letterDigitSwaps >= 3) return true;
  const capitalsInside = token.match(/(?<=\p{Ll})\p{Lu}/gu)?.length ?? 0;
  return capitalsInside >= 2;
}

function stripPunctuation(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function isAddress(token: string): boolean {
  return /^(?:https?:\/\/|www\.)|@.+\./iu.test(token);
}
