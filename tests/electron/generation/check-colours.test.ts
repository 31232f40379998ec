import { describe, expect, it } from 'vitest';
import { checkColours, type ColourCheckInput, type PhotoColours } from '../../../electron/generation/check-colours';

const product = (...entries: [string, number][]): PhotoColours => ({ palette: entries.map(([hex, share]) => ({ hex, share })), scene: 'backdrop' });
const red = product(['#c62828', 0.7], ['#fafafa', 0.2]);
const listing = (title: string, more: { description?: string; tags?: string[]; color?: string } = {}): ColourCheckInput => ({
  title,
  description: more.description ?? '',
  tags: more.tags ?? [],
  attributes: more.color ? { color: more.color } : {},
});

describe('checkColours', () => {
  it.each([
    ['a claim the palette shows', listing('Red mug', { description: 'A red mug with white rim.', color: 'red' }), [red]],
    ['shade names, plurals and -ish forms of the same family', listing('Crimson mug', { description: 'Reds and reddish glaze.', color: 'scarlet' }), [red]],
    ['no colour words at all', listing('Ceramic mug', { description: 'Holds 300 ml.' }), [red]],
    ['idioms and names that are no colour', listing('Mug', { description: 'For green tea on Black Friday, a gold standard gift from Orange County.' }), [red]],
    ['rose gold on a pinkish metal', listing('Rose gold ring'), [product(['#b76e79', 0.9])]],
    ['white gold on a silver metal', listing('White gold ring'), [product(['#c8c8cc', 0.9])]],
    ['no palette yet', listing('Blue mug'), [product()]],
  ])('no flag for %s', (_name, input, photos) => {
    expect(checkColours(input, photos, 'English')).toEqual([]);
  });

  it('flags each field with its own unsupported words, naming what the product looks like', () => {
    expect(checkColours(listing('Blue ceramic mug', { description: 'A red mug.', tags: ['green mug'], color: 'navy' }), [red], 'English')).toEqual([
      { code: 'colour_mismatch', field: 'title', words: ['blue'], reason: 'The title says blue, but the product in the photos looks red.' },
      { code: 'colour_mismatch', field: 'tags', words: ['green'], reason: 'The tags say green, but the product in the photos looks red.' },
      { code: 'colour_mismatch', field: 'attributes', words: ['navy'], reason: 'The attributes say navy, but the product in the photos looks red.' },
    ]);
  });

  it('tells neutrals apart by lightness: white is not black, black is not silver', () => {
    const black = product(['#161616', 0.95]);
    const silver = product(['#b8b8bc', 0.9]);
    expect(checkColours(listing('White vase'), [black], 'English').map((f) => f.words)).toEqual([['white']]);
    expect(checkColours(listing('Black vase'), [silver], 'English').map((f) => f.words)).toEqual([['black']]);
    expect(checkColours(listing('Silver vase'), [silver], 'English')).toEqual([]);
  });

  it('ignores specks under 8 % of the product', () => {
    expect(checkColours(listing('Blue mug'), [product(['#c62828', 0.94], ['#1565c0', 0.06])], 'English')).toHaveLength(1);
  });

  it('reads each product photo on its own, and a lifestyle shot only when there is no product photo', () => {
    const blue = product(['#1565c0', 0.9]);
    const room: PhotoColours = { palette: [{ hex: '#2e7d32', share: 0.5 }, { hex: '#c62828', share: 0.4 }], scene: 'lifestyle' };
    expect(checkColours(listing('Blue and red mug'), [red, blue], 'English')).toEqual([]);
    expect(checkColours(listing('Green mug'), [red, room], 'English').map((f) => f.words)).toEqual([['green']]);
    expect(checkColours(listing('Green mug'), [room], 'English')).toEqual([]);
    // Photos imported before scenes were recorded count as product photos.
    expect(checkColours(listing('Green mug'), [{ ...red, scene: null }, room], 'English')).toHaveLength(1);
  });

  it('checks copy in the listing language', () => {
    expect(checkColours(listing('Blaue Tasse', { description: 'Eine rote Tasse für grünen Tee.' }), [red], 'Deutsch').map((f) => f.words)).toEqual([['blaue']]);
    expect(checkColours(listing('Taza azul'), [red], 'Spanish').map((f) => f.words)).toEqual([['azul']]);
    expect(checkColours(listing('青いマグカップ'), [red], 'Japanese').map((f) => f.words)).toEqual([['青い']]);
    expect(checkColours(listing('红色马克杯'), [red], 'Chinese')).toEqual([]);
  });
});
