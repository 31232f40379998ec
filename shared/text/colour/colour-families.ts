import { hexToLab, labToLch, type Lab, type Lch } from './lab';

/**
 * The colour families a listing's words are checked in. Neutrals are split by lightness (a
 * silver product is not black, a white one not grey), and cream and beige by their warm tint.
 */
export const COLOUR_FAMILIES = [
  'red', 'orange', 'yellow', 'gold', 'green', 'blue', 'purple', 'pink', 'brown',
  'beige', 'cream', 'white', 'silver', 'grey', 'charcoal', 'black',
] as const;
export type ColourFamily = (typeof COLOUR_FAMILIES)[number];

/** Below this chroma a colour reads as a neutral (JPEG noise and imperfect white balance included). */
const NEUTRAL_CHROMA = 10;

const inHue = (h: number, from: number, to: number) => (from <= to ? h >= from && h < to : h >= from || h < to);

/**
 * Every family a photo colour may be called. The regions overlap on purpose near their borders
 * (a dark orange is also brown, a light grey also silver), so a fair name is never refused; far
 * from a border a colour has one family, so a wrong name is.
 */
export function familiesOfLch({ l, c, h }: Lch): ColourFamily[] {
  const out: ColourFamily[] = [];
  const add = (family: ColourFamily, when: boolean) => when && out.push(family);
  const neutral = c < NEUTRAL_CHROMA || (l < 22 && c < 16);
  if (neutral) {
    add('black', l < 30);
    add('charcoal', l >= 15 && l < 48);
    add('grey', l >= 30 && l < 72);
    add('silver', l >= 57 && l < 93);
    add('white', l >= 80 && c < 8);
  }
  const warm = inHue(h, 40, 118);
  add('cream', warm && l >= 82 && c >= 4 && c < 30);
  add('beige', warm && l >= 55 && l < 98 && c >= 6 && c < 38);
  if (c >= 8) {
    add('red', inHue(h, 350, 46) && c >= 25 && l < 66);
    add('pink', inHue(h, 318, 52) && l >= 42 && c >= 12 && (l >= 55 || !inHue(h, 20, 52)));
    add('orange', inHue(h, 38, 80) && c >= 38 && l >= 42);
    add('brown', inHue(h, 18, 98) && l < 62 && (inHue(h, 44, 98) || c < 45));
    add('yellow', inHue(h, 78, 114) && l >= 62 && c >= 32);
    add('gold', inHue(h, 62, 104) && l >= 42 && l < 92 && c >= 26);
    add('green', (inHue(h, 108, 202) || (inHue(h, 98, 108) && l < 62)) && c >= 10);
    add('blue', inHue(h, 178, 314) && c >= 10);
    add('purple', inHue(h, 285, 348) && c >= 10);
  }
  return out;
}

export function familiesOfHex(hex: string): ColourFamily[] {
  return familiesOfLch(labToLch(hexToLab(hex)));
}

export function familiesOfLab(lab: Lab): ColourFamily[] {
  return familiesOfLch(labToLch(lab));
}
