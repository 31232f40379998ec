import { describe, expect, it } from 'vitest';
import { checkColours } from '../../../electron/generation/check-colours';

const red = [{ hex: '#c62828', share: 0.7 }, { hex: '#fafafa', share: 0.2 }];
const listing = (title: string, description = '', color?: string) => ({ title, description, color });

describe('checkColours', () => {
  it.each([
    ['a claim the palette shows', listing('Red mug', 'A red mug with white rim.', 'red'), red, undefined],
    ['a shade name of the same family', listing('Crimson mug', '', 'scarlet'), red, undefined],
    ['white in shade reads as grey', listing('White vase'), [{ hex: '#9e9e9e', share: 0.8 }], undefined],
    ['no colour words at all', listing('Ceramic mug', 'Holds 300 ml.'), red, undefined],
    ['no palette yet', listing('Blue mug'), [], undefined],
  ])('no flag for %s', (_name, input, palette, expected) => {
    expect(checkColours(input, [palette])).toEqual(expected);
  });

  it('flags a colour no dominant photo colour supports, naming what the photo shows', () => {
    expect(checkColours(listing('Blue ceramic mug', '', 'blue'), [red])).toEqual({
      code: 'colour_mismatch',
      reason: 'The listing says blue, but the photo looks red.',
    });
  });

  it('lists every unsupported word and the two main photo colours', () => {
    const palette = [{ hex: '#1565c0', share: 0.5 }, { hex: '#fdfdfd', share: 0.4 }];
    expect(checkColours(listing('Green and pink scarf', 'Soft blue wool.'), [palette])?.reason).toBe('The listing says green and pink, but the photo looks blue and white.');
  });

  it('ignores specks under 5 % of the product, and reads the palettes of every photo', () => {
    expect(checkColours(listing('Blue mug'), [[{ hex: '#c62828', share: 0.97 }, { hex: '#1565c0', share: 0.03 }]])?.code).toBe('colour_mismatch');
    expect(checkColours(listing('Blue and red mug'), [red, [{ hex: '#1565c0', share: 0.6 }]])).toBeUndefined();
  });
});
