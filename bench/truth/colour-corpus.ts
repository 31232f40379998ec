import type { PhotoSpec } from '../../tests/helpers/render-product-photo';

/**
 * The labelled colour corpus: products of known colour, the names a seller would rightly give
 * them, and names that are wrong (neutrals apart, as their own count). Wrong names are clearly
 * wrong, not neighbours: a silver product may fairly be called grey, never black.
 */
export interface LabelledProduct {
  name: string;
  hex: string;
  right: string[];
  wrong: string[];
}

export const PRODUCTS: readonly LabelledProduct[] = [
  { name: 'red', hex: '#c62828', right: ['red', 'crimson', 'scarlet', 'cherry red'], wrong: ['blue', 'green', 'yellow', 'white', 'black', 'grey', 'silver'] },
  { name: 'burgundy', hex: '#7b1e2e', right: ['burgundy', 'maroon', 'wine red', 'oxblood'], wrong: ['blue', 'green', 'yellow', 'white', 'silver', 'beige'] },
  { name: 'orange', hex: '#e8731a', right: ['orange', 'tangerine', 'burnt orange'], wrong: ['blue', 'purple', 'green', 'white', 'black', 'grey'] },
  { name: 'yellow', hex: '#f2c919', right: ['yellow', 'mustard', 'golden'], wrong: ['blue', 'purple', 'red', 'black', 'grey', 'charcoal'] },
  { name: 'green', hex: '#2e7d32', right: ['green', 'emerald', 'forest green', 'bottle green'], wrong: ['red', 'purple', 'orange', 'white', 'black', 'silver'] },
  { name: 'olive', hex: '#6b6b2a', right: ['olive', 'olive green', 'khaki', 'army green'], wrong: ['blue', 'purple', 'pink', 'white', 'silver'] },
  { name: 'mint', hex: '#98d8b0', right: ['mint', 'mint green', 'seafoam', 'pistachio'], wrong: ['red', 'purple', 'brown', 'black', 'charcoal'] },
  { name: 'teal', hex: '#00807f', right: ['teal', 'turquoise', 'petrol'], wrong: ['red', 'pink', 'orange', 'black', 'white', 'beige'] },
  { name: 'blue', hex: '#1565c0', right: ['blue', 'cobalt', 'royal blue', 'bluish'], wrong: ['red', 'green', 'orange', 'white', 'black', 'grey'] },
  { name: 'navy', hex: '#243a6b', right: ['navy', 'navy blue', 'midnight blue', 'dark blue'], wrong: ['red', 'green', 'beige', 'white', 'silver', 'grey'] },
  { name: 'sky', hex: '#7fb8e6', right: ['sky blue', 'baby blue', 'light blue', 'powder blue'], wrong: ['red', 'orange', 'brown', 'black', 'charcoal', 'beige'] },
  { name: 'purple', hex: '#6a1b9a', right: ['purple', 'violet', 'plum', 'aubergine'], wrong: ['green', 'yellow', 'orange', 'white', 'grey', 'beige'] },
  { name: 'lavender', hex: '#b9a3d9', right: ['lavender', 'lilac', 'pale purple'], wrong: ['green', 'orange', 'brown', 'black', 'charcoal', 'beige'] },
  { name: 'pink', hex: '#f48fb1', right: ['pink', 'baby pink', 'rose pink', 'pinkish'], wrong: ['green', 'blue', 'yellow', 'black', 'grey', 'charcoal'] },
  { name: 'hot pink', hex: '#e0408a', right: ['hot pink', 'fuchsia', 'magenta', 'raspberry'], wrong: ['green', 'blue', 'yellow', 'black', 'white', 'beige'] },
  { name: 'coral', hex: '#f27c6b', right: ['coral', 'salmon', 'peach'], wrong: ['blue', 'green', 'purple', 'black', 'grey', 'charcoal'] },
  { name: 'brown', hex: '#6d4c41', right: ['brown', 'chocolate', 'chestnut', 'brownish'], wrong: ['blue', 'green', 'pink', 'white', 'silver', 'black'] },
  { name: 'tan', hex: '#c19a6b', right: ['tan', 'camel', 'caramel', 'cognac'], wrong: ['blue', 'green', 'purple', 'black', 'white', 'grey'] },
  { name: 'gold', hex: '#c9a23a', right: ['gold', 'golden', 'antique gold', 'brass'], wrong: ['blue', 'purple', 'green', 'silver', 'black', 'white'] },
  { name: 'rose gold', hex: '#b76e79', right: ['rose gold', 'dusty rose', 'old rose'], wrong: ['blue', 'green', 'yellow', 'black', 'white', 'silver'] },
  { name: 'black', hex: '#1a1a1a', right: ['black', 'jet black', 'matte black', 'onyx'], wrong: ['white', 'silver', 'cream', 'beige', 'red', 'blue'] },
  { name: 'charcoal', hex: '#3a3a3c', right: ['charcoal', 'graphite', 'anthracite', 'dark grey'], wrong: ['white', 'cream', 'beige', 'silver', 'green', 'red'] },
  { name: 'grey', hex: '#808082', right: ['grey', 'gray', 'heather grey', 'slate grey'], wrong: ['white', 'black', 'cream', 'beige', 'blue', 'red'] },
  { name: 'silver', hex: '#c4c4c8', right: ['silver', 'platinum', 'chrome', 'light grey'], wrong: ['black', 'charcoal', 'beige', 'gold', 'blue', 'red'] },
  { name: 'white', hex: '#f4f4f4', right: ['white', 'snow white', 'optic white', 'off-white'], wrong: ['black', 'charcoal', 'grey', 'beige', 'blue', 'red'] },
  { name: 'cream', hex: '#f3e6c4', right: ['cream', 'ivory', 'ecru', 'oatmeal'], wrong: ['black', 'charcoal', 'grey', 'blue', 'red', 'green'] },
  { name: 'beige', hex: '#d2bc98', right: ['beige', 'sand', 'taupe', 'oatmeal'], wrong: ['black', 'charcoal', 'white', 'blue', 'red', 'green'] },
];

/** Claims that name only neutrals; their detection is counted on its own. */
export const NEUTRAL_WORDS = new Set(['black', 'charcoal', 'grey', 'silver', 'white', 'cream', 'beige']);

export interface Condition {
  name: string;
  spec: Omit<PhotoSpec, 'product' | 'seed'>;
  /** Second colours for two-colour products. */
  twoColour?: boolean;
}

const WHITE = '#f7f7f7';
export const CONDITIONS: readonly Condition[] = [
  { name: 'white backdrop', spec: { backdrop: WHITE } },
  { name: 'grey backdrop', spec: { backdrop: '#9e9e9e' } },
  { name: 'off-white backdrop', spec: { backdrop: '#f1ece0' } },
  { name: 'dark backdrop', spec: { backdrop: '#222222' } },
  { name: 'frame-filling', spec: { backdrop: WHITE, fill: true } },
  { name: 'two-colour', spec: { backdrop: WHITE }, twoColour: true },
  { name: 'warm light', spec: { backdrop: WHITE, light: [1, 0.86, 0.66] } },
  { name: 'cool light', spec: { backdrop: WHITE, light: [0.8, 0.92, 1] } },
  { name: 'JPEG noise', spec: { backdrop: WHITE, noise: 9 } },
];

/** For two-colour products: the second colour is the product this many places further in the list. */
export const SECOND_COLOUR_OFFSET = 9;
