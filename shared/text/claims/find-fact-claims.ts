/**
 * Claims in a listing's copy that a photo cannot prove and a buyer relies on: sizes and amounts
 * with a unit ("12 oz", "500 ml"), percentages ("100% cotton"), origins ("Made in Portugal") and
 * care or safety promises ("dishwasher safe"). Each must be read off the product itself or come
 * from the owner; the finder only says where they are.
 */
export type FactClaimKind = 'measure' | 'percent' | 'origin' | 'care';

export interface FactClaim {
  kind: FactClaimKind;
  /** The words as the copy has them. */
  words: string;
  /** The same claim, normalised, to compare with read text, the owner's fields and confirmations. */
  key: string;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)?(?:\s?(?:x|×|-|–|to)\s?\d+(?:[.,]\d+)?)?`;
/** Units of size, volume, weight, power and storage; longer spellings first so "fl oz" wins over "oz". */
const UNITS = [
  'fl\\.?\\s?oz', 'oz', 'ounces?', 'ml', 'millilit(?:re|er)s?', 'cl', 'lit(?:re|er)s?', 'l', 'gal(?:lons?)?',
  'mg', 'kg', 'g', 'grams?', 'kilograms?', 'lbs?', 'pounds?',
  'mm', 'cm', 'm', 'met(?:re|er)s?', 'centimet(?:re|er)s?', 'millimet(?:re|er)s?', 'in', 'inch(?:es)?', '"', 'ft', 'feet', 'foot', 'yards?',
  'w', 'watts?', 'v', 'volts?', 'mah', 'wh', 'gb', 'tb', 'mb', 'cups?', 'pcs', 'pieces?', 'pack',
  'gsm', 'g/m²', '°\\s?[cf]', 'hours?', 'hrs?',
];
const MEASURE = new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\s?(?:${UNITS.join('|')})(?![\p{L}\d])`, 'giu');
const PERCENT = new RegExp(String.raw`(?<![\p{L}\d])\d+(?:[.,]\d+)?\s?%(?:\s(?!and\b|of\b|or\b)\p{L}+)?`, 'giu');
/** The verb in any case, the place capitalised (so "made in small batches" is no origin). */
const ORIGIN_VERBS = ['handmade', 'made', 'crafted', 'manufactured', 'produced', 'designed', 'printed', 'sewn', 'woven', 'assembled', 'sourced'];
const anyCase = (word: string): string => [...word].map((ch) => `[${ch}${ch.toUpperCase()}]`).join('');
const ORIGIN = new RegExp(
  String.raw`(?<![\p{L}])(?:${ORIGIN_VERBS.map(anyCase).join('|')})\s+[iI]n\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*`,
  'gu',
);
const CARE = [
  'dishwasher[- ]safe', 'microwave[- ]safe', 'oven[- ]safe', 'freezer[- ]safe', 'food[- ]safe', 'machine[- ]washable',
  'waterproof', 'water[- ]resistant', 'bpa[- ]free', 'lead[- ]free', 'non[- ]toxic', 'hypoallergenic', 'organic', 'vegan',
  'recycled', 'fsc[- ]certified', 'certified', 'shatterproof', 'scratch[- ]resistant', 'stain[- ]resistant', 'rust[- ]proof',
  'safe in the (?:dishwasher|microwave|oven|freezer)', 'dishwasher[- ]proof',
];
const CARE_RE = new RegExp(String.raw`\b(?:${CARE.join('|')})\b`, 'giu');

/** Every fact claim in `text`, in order of appearance; overlapping matches keep the first and longest. */
export function findFactClaims(text: string): FactClaim[] {
  const found: (FactClaim & { at: number; end: number })[] = [];
  const scan = (re: RegExp, kind: FactClaimKind): void => {
    for (const m of text.matchAll(re)) {
      const words = m[0].trim();
      found.push({ kind, words, key: claimKey(words), at: m.index, end: m.index + m[0].length });
    }
  };
  scan(ORIGIN, 'origin');
  scan(PERCENT, 'percent');
  scan(MEASURE, 'measure');
  scan(CARE_RE, 'care');
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: typeof found = [];
  for (const claim of found) if (!kept.some((k) => claim.at < k.end && claim.end > k.at)) kept.push(claim);
  return kept.map(({ kind, words, key }) => ({ kind, words, key }));
}

/** Lower case, one space, no space between a number and its unit or percent sign, "-" as " ". */
export function claimKey(words: string): string {
  return words
    .toLowerCase()
    .replace(/[-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(\d)\s+(?=[\p{L}%"])/gu, '$1')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/(\d)\s?(?:x|×)\s?(?=\d)/g, '$1x')
    .trim();
}

/** True when the claim, normalised the same way, appears in `text` (read off a photo or typed by the owner). */
export function textBacksClaim(text: string, claim: FactClaim): boolean {
  if (!text) return false;
  const haystack = ` ${claimKey(text).replace(/[^\p{L}\d%". ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  const needle = claimKey(claim.words).replace(/[^\p{L}\d%". ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (claim.kind === 'origin') {
    // "Made in Portugal" is backed by a label that says "Portugal" with "made in" anywhere near; the place is what counts.
    const place = needle.replace(/^.*?\bin (?:the )?/, '');
    return haystack.includes(` ${place} `) || haystack.includes(` ${place}.`);
  }
  return haystack.includes(` ${needle} `) || haystack.includes(` ${needle}.`);
}
