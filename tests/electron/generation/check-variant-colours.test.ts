import { describe, expect, it } from 'vitest';
import type { ColourCheckInput, PhotoColours } from '../../../electron/generation/check-colours';
import { checkVariantColours } from '../../../electron/generation/check-variant-colours';
import { colourOptionIndex, variantColours, type VariantColour } from '../../../electron/generation/variant-colours';

const photo = (...entries: [string, number][]): PhotoColours => ({ palette: entries.map(([hex, share]) => ({ hex, share })), scene: 'backdrop' });
const RED = photo(['#c62828', 0.8], ['#fafafa', 0.15]);
const BLUE = photo(['#1565c0', 0.8], ['#fafafa', 0.15]);
const GREEN = photo(['#2e7d32', 0.8], ['#fafafa', 0.15]);
const listing = (title: string, more: { description?: string; tags?: string[]; color?: string } = {}): ColourCheckInput => ({
  title,
  description: more.description ?? '',
  tags: more.tags ?? [],
  attributes: more.color ? { color: more.color } : {},
});

/** Red, Blue and Green tees, each with its photo, read through variantColours as generation reads them. */
const tees = (names: string[] = ['Red', 'Blue', 'Green'], optionName = 'Color', photos: PhotoColours[] = [RED, BLUE, GREEN]): VariantColour[] =>
  variantColours(
    { optionNames: [optionName], variants: names.map((name, i) => ({ id: i + 1, productId: 1, position: i, values: [name], valueSources: ['name'], sku: null, price: null, barcode: null, quantity: null, photoIds: [i + 1] })) },
    photos.map((p, i) => ({ id: i + 1, palette: p.palette, paletteScene: p.scene })),
    'en',
  );

describe('checkVariantColours', () => {
  it('flags a field that names one variant\'s colour as the product\'s, in words', () => {
    expect(checkVariantColours(listing('Cotton tee', { description: 'A soft red tee for every day.' }), tees(), 'English')).toEqual([
      {
        code: 'variant_colour',
        field: 'description',
        words: ['red'],
        reason: 'The description says "red", but this product comes in Red, Blue and Green; describe what all variants share, or name every colour.',
      },
    ]);
  });

  it('flags each field on its own: title, tags and the colour attribute, shades of one variant\'s colour included', () => {
    const flags = checkVariantColours(listing('Crimson cotton tee', { tags: ['navy tee', 'cotton'], color: 'Red' }), tees(), 'English');
    expect(flags.map((f) => [f.field, f.words])).toEqual([
      ['title', ['crimson']],
      ['tags', ['navy']],
      ['attributes', ['red']],
    ]);
    expect(flags[1]!.reason).toMatch(/^The tags say "navy", but/);
  });

  it.each([
    ['every colour named', listing('Cotton tee in red, blue or green', { description: 'Comes in red, blue and green.', tags: ['red', 'blue', 'green'] })],
    ['shades that name every colour', listing('Tee in crimson, navy and emerald')],
    ['no colour words', listing('Cotton tee', { description: 'Soft cotton, a relaxed fit.' })],
    ['a colour every variant shows (white print on each)', listing('Tee with white print')],
    ['a colour no variant has (the photo check speaks to that)', listing('Purple tee')],
    ['idioms and names that are no colour', listing('Tee', { description: 'A Black Friday pick for green tea lovers: the gold standard, in mint condition, from Orange County.' })],
  ])('no flag for %s', (_name, input) => {
    expect(checkVariantColours(input, tees(), 'English')).toEqual([]);
  });

  it('flags two of three colours named, and names both words', () => {
    expect(checkVariantColours(listing('Red and blue tee'), tees(), 'English').map((f) => f.words)).toEqual([['red', 'blue']]);
  });

  it('says each colour once when several variants share it (Red / S, Red / L, Blue / S)', () => {
    const vs = variantColours(
      {
        optionNames: ['Color', 'Size'],
        variants: [['Red', 'S'], ['Red', 'L'], ['Blue', 'S']].map((values, i) => ({ id: i + 1, productId: 1, position: i, values, valueSources: ['name', 'name'], sku: null, price: null, barcode: null, quantity: null, photoIds: [] })),
      },
      [],
      'en',
    );
    expect(checkVariantColours(listing('Red tee'), vs, 'English')[0]!.reason).toBe(
      'The title says "red", but this product comes in Red and Blue; describe what all variants share, or name every colour.',
    );
  });

  it('no flag for a product without a colour option whose variants look alike (sizes of one mug)', () => {
    const sizes = tees(['S', 'M', 'L'], 'Size', [BLUE, BLUE, photo(['#1565c0', 0.7], ['#fafafa', 0.3])]);
    expect(checkVariantColours(listing('Blue mug', { description: 'A blue mug with a white rim.' }), sizes, 'English')).toEqual([]);
    // Not measured yet: nothing to say.
    expect(checkVariantColours(listing('Blue mug'), tees(['S', 'L'], 'Size', [photo(), photo()]), 'English')).toEqual([]);
  });

  it('reads a variant\'s colour off its own photos when its option is no colour ("Style: A, B")', () => {
    const styles = tees(['A', 'B'], 'Style', [RED, BLUE]);
    expect(checkVariantColours(listing('Red mug'), styles, 'English')).toEqual([
      { code: 'variant_colour', field: 'title', words: ['red'], reason: 'The title says "red", but this product comes in red and blue; describe what all variants share, or name every colour.' },
    ]);
    expect(checkVariantColours(listing('Mug in red or blue'), styles, 'English')).toEqual([]);
  });

  it('counts a colour as shared when a variant\'s own photo shows it, even if its value names another (a blue mug with a red handle)', () => {
    const handles = tees(['Red', 'Blue'], 'Color', [RED, photo(['#1565c0', 0.7], ['#c62828', 0.2])]);
    expect(checkVariantColours(listing('Mug with red handle'), handles, 'English')).toEqual([]);
  });

  it('checks copy in the listing language against English option values', () => {
    expect(checkVariantColours(listing('Rotes T-Shirt'), tees(), 'Deutsch').map((f) => f.words)).toEqual([['rotes']]);
    expect(checkVariantColours(listing('T-Shirt in Rot, Blau und Grün'), tees(), 'Deutsch')).toEqual([]);
  });

  it('needs two variants or more', () => {
    expect(checkVariantColours(listing('Red tee'), tees(['Red'], 'Color', [RED]), 'English')).toEqual([]);
  });
});

describe('colourOptionIndex', () => {
  it('finds the option named colour in any listing language, else one whose values are all colour names', () => {
    expect(colourOptionIndex(['Size', 'Colour'], [['S', 'Red']])).toBe(1);
    expect(colourOptionIndex(['Farbe'], [['Rot']])).toBe(0);
    expect(colourOptionIndex(['Style'], [['Red'], ['Navy']])).toBe(0);
    expect(colourOptionIndex(['Size'], [['S'], ['L']])).toBe(-1);
    expect(colourOptionIndex(['Style'], [['Red'], ['Red']])).toBe(-1);
  });
});
