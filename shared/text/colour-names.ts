/**
 * Colour families for the listing's colour check: a palette hex becomes the family of its nearest
 * reference swatch (in CIELAB, where distance follows what the eye sees), and colour words in the
 * copy become the families they name. Pure; the check itself is in electron/generation.
 */
export const COLOUR_FAMILIES = [
  'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'brown',
  'black', 'white', 'grey', 'beige', 'gold', 'silver',
] as const;
export type ColourFamily = (typeof COLOUR_FAMILIES)[number];

/** Several swatches per family, so light, dark and muted shades each have a near neighbour. */
const SWATCHES: Record<ColourFamily, readonly string[]> = {
  red: ['#ff0000', '#c00000', '#8b0000', '#dc143c', '#b22222', '#e0393e', '#a52a2a'],
  orange: ['#ffa500', '#ff8c00', '#ff7f27', '#e06000', '#ff7f50', '#f28c28'],
  yellow: ['#ffff00', '#ffeb3b', '#f0e060', '#fff176', '#ffd800', '#fafad2'],
  green: ['#00ff00', '#008000', '#006400', '#228b22', '#556b2f', '#808000', '#90ee90', '#2e8b57', '#00a86b', '#98fb98', '#8bc34a', '#7cfc00'],
  blue: ['#0000ff', '#000080', '#1e90ff', '#4169e1', '#87ceeb', '#4682b4', '#00bfff', '#1f3a60', '#1c2541', '#008080', '#add8e6'],
  purple: ['#800080', '#9370db', '#4b0082', '#8a2be2', '#dda0dd', '#e6e6fa', '#5d3954'],
  pink: ['#ffc0cb', '#ff69b4', '#ff1493', '#db7093', '#f4a6b8', '#e75480', '#ffb6c1'],
  brown: ['#8b4513', '#a0522d', '#654321', '#5c4033', '#7b3f00', '#d2691e', '#3d2b1f', '#966f33'],
  black: ['#000000', '#111111', '#1e1e1e'],
  white: ['#ffffff', '#f5f5f5', '#fffff0', '#f8f8ff'],
  grey: ['#808080', '#a0a0a0', '#696969', '#505050', '#3c3c3c', '#708090'],
  beige: ['#f5f5dc', '#d2b48c', '#e8d8c0', '#c8ad7f', '#f0e6d2', '#bcaa8c'],
  gold: ['#d4af37', '#ffd700', '#b8860b', '#c9a227', '#cfb53b'],
  silver: ['#c0c0c0', '#d8d8dc', '#b4b4b8'],
};

/**
 * Families a photo may show when the listing names another: a white shirt in shade reads as grey,
 * tan leather as orange, gold as yellow. A claim is supported by its own family or one of these.
 */
const KIN: Record<ColourFamily, readonly ColourFamily[]> = {
  red: ['pink'],
  orange: ['brown', 'gold'],
  yellow: ['gold'],
  green: [],
  blue: [],
  purple: ['pink'],
  pink: ['red', 'purple'],
  brown: ['beige', 'gold', 'orange'],
  black: ['grey'],
  white: ['silver', 'grey', 'beige'],
  grey: ['silver', 'black', 'white'],
  beige: ['white', 'brown', 'gold', 'grey'],
  gold: ['yellow', 'orange', 'brown', 'beige'],
  silver: ['grey', 'white'],
};

/** Colour words of the copy and the families each may mean; words that are mostly not colours are left out. */
const COLOUR_WORDS: Readonly<Record<string, readonly ColourFamily[]>> = {
  red: ['red'], crimson: ['red'], scarlet: ['red'], maroon: ['red', 'brown'], burgundy: ['red', 'purple', 'brown'],
  orange: ['orange'], rust: ['orange', 'brown', 'red'], terracotta: ['orange', 'brown'],
  yellow: ['yellow'], mustard: ['yellow', 'gold'],
  green: ['green'], emerald: ['green'], sage: ['green', 'grey'], khaki: ['green', 'beige', 'brown'],
  teal: ['blue', 'green'], turquoise: ['blue', 'green'],
  blue: ['blue'], navy: ['blue'], azure: ['blue'], cobalt: ['blue'], indigo: ['blue', 'purple'],
  purple: ['purple'], violet: ['purple'], lavender: ['purple'], lilac: ['purple'], mauve: ['purple', 'pink'],
  pink: ['pink'], magenta: ['pink', 'purple'], fuchsia: ['pink', 'purple'],
  brown: ['brown'], tan: ['brown', 'beige', 'orange'], camel: ['brown', 'beige'],
  black: ['black'],
  white: ['white'], ivory: ['white', 'beige'], cream: ['white', 'beige', 'yellow'],
  grey: ['grey'], gray: ['grey'], charcoal: ['grey', 'black'],
  beige: ['beige'], taupe: ['beige', 'grey', 'brown'],
  gold: ['gold'], golden: ['gold'],
  silver: ['silver'],
};

export interface ColourClaim {
  /** The word as the copy wrote it, lower-cased ("navy"). */
  word: string;
  families: readonly ColourFamily[];
}

/** The colour words in a text, each once, in order of first appearance. */
export function findColourWords(text: string): ColourClaim[] {
  const seen = new Set<string>();
  const claims: ColourClaim[] = [];
  for (const raw of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const families = COLOUR_WORDS[raw];
    if (!families || seen.has(raw)) continue;
    seen.add(raw);
    claims.push({ word: raw, families });
  }
  return claims;
}

/** The family of the nearest reference swatch. */
export function nameColourFamily(hex: string): ColourFamily {
  const lab = hexToLab(hex);
  let best = SWATCH_LABS[0]!;
  for (const swatch of SWATCH_LABS) {
    if (labDistance(lab, swatch.lab) < labDistance(lab, best.lab)) best = swatch;
  }
  return best.family;
}

/** True when a photo colour of `seen` family can stand behind a claim of `claimed`. */
export function familySupports(seen: ColourFamily, claimed: ColourFamily): boolean {
  return seen === claimed || KIN[claimed].includes(seen);
}

type Lab = readonly [number, number, number];

export function hexToLab(hex: string): Lab {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a colour: "${hex}" (expected #rrggbb)`);
  const n = Number.parseInt(m[1]!, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(srgbToLinear) as [number, number, number];
  // sRGB (D65) to XYZ, normalised by the D65 white point.
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const [fx, fy, fz] = [x, y, z].map(labF) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const SWATCH_LABS: readonly { family: ColourFamily; lab: Lab }[] = COLOUR_FAMILIES.flatMap((family) =>
  SWATCHES[family].map((hex) => ({ family, lab: hexToLab(hex) })),
);

function srgbToLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function labF(t: number): number {
  return t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116;
}

function labDistance(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
