import { ENGLISH_COLOURS } from './colour/vocabulary-en';

/** The options a name can show: a colour word or a size. */
export type OptionKind = 'Color' | 'Size';

/** One option a name shows, with its value as a storefront would show it ("Navy blue", "XL"). */
export interface NamedOption {
  kind: OptionKind;
  value: string;
  /** How many name tokens it took ("navy blue" is two). */
  tokens: number;
}

/** Letter sizes and their words, as clothing is labelled. */
const LETTER_SIZE = /^(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-6]xl|[2-4]xs|small|medium|large|xlarge|xxlarge)$/i;
/** A measure with its unit: 500ml, 12oz, 30cm. */
const MEASURE_SIZE = /^\d{1,5}(?:\.\d{1,2})?(?:ml|cl|l|oz|cm|mm|in|g|kg)$/i;
/** A bare number: a shoe or ring size, but also a product number, so only read as a size where told. */
const NUMBER_SIZE = /^\d{1,3}(?:\.\d)?$/;

/** Splits a file-name stem or title into words: dashes, underscores, dots and spaces separate. */
export function nameTokens(name: string): string[] {
  return name.split(/[\s_.-]+/u).filter((t) => t !== '');
}

/**
 * The option at the start of `tokens`, if any: the longest colour name of the vocabulary (up to
 * three words), else a size. Bare numbers count as sizes only with `numbers` (a product number
 * like TEE-01 would otherwise read as size 1).
 */
export function optionAt(tokens: readonly string[], opts: { numbers?: boolean } = {}): NamedOption | null {
  for (let n = Math.min(3, tokens.length); n >= 1; n--) {
    const phrase = tokens.slice(0, n).join(' ').toLowerCase();
    if (ENGLISH_COLOURS.has(phrase)) return { kind: 'Color', value: sentenceCase(phrase), tokens: n };
  }
  const token = tokens[0];
  if (token === undefined) return null;
  if (LETTER_SIZE.test(token)) return { kind: 'Size', value: token.length <= 4 ? token.toUpperCase() : sentenceCase(token), tokens: 1 };
  if (MEASURE_SIZE.test(token) || (opts.numbers && NUMBER_SIZE.test(token))) return { kind: 'Size', value: token.toLowerCase(), tokens: 1 };
  return null;
}

/**
 * Reads a run of tokens wholly as options (e.g. ["red", "xl"] → Color Red, Size XL), or null when
 * any token is not one, or a kind repeats.
 */
export function readOptions(tokens: readonly string[], opts: { numbers?: boolean } = {}): NamedOption[] | null {
  const out: NamedOption[] = [];
  for (let i = 0; i < tokens.length; ) {
    const option = optionAt(tokens.slice(i), opts);
    if (!option || out.some((o) => o.kind === option.kind)) return null;
    out.push(option);
    i += option.tokens;
  }
  return out;
}

/**
 * The options at the end of a stem's tokens (at most one colour and one size, in either order),
 * and the tokens before them: "TEE-01-RED-XL" → base TEE-01, Red and XL. Prefers the reading that
 * takes the most tokens; null when the stem does not end in an option or nothing is left before it.
 */
export function trailingOptions(tokens: readonly string[]): { base: string[]; options: NamedOption[] } | null {
  for (let take = Math.min(4, tokens.length - 1); take >= 1; take--) {
    const options = readOptions(tokens.slice(tokens.length - take));
    if (options && options.length <= 2) return { base: tokens.slice(0, tokens.length - take), options };
  }
  return null;
}

export function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
