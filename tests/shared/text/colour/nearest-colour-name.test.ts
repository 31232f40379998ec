import { describe, expect, it } from 'vitest';
import { colourFitsPhotos, measuredColourName, NAMED_COLOURS, nearestColourName } from '../../../../shared/text/colour/nearest-colour-name';
import { ENGLISH_COLOURS } from '../../../../shared/text/colour/vocabulary-en';

describe('nearestColourName', () => {
  it('names every proposed colour from the vocabulary', () => {
    for (const name of NAMED_COLOURS) expect(ENGLISH_COLOURS.has(name.toLowerCase()), name).toBe(true);
  });

  it.each([
    ['#d01010', 'Red'],
    ['#1040d0', 'Blue'],
    ['#10a030', 'Green'],
    ['#141a33', 'Navy'],
    ['#f5f5f5', 'White'],
    ['#101010', 'Black'],
    ['#8c8c8c', 'Grey'],
    ['#f06aa8', 'Pink'],
  ])('%s is %s', (hex, name) => expect(nearestColourName(hex)).toBe(name));
});

describe('measuredColourName', () => {
  it('weighs each entry by its share, across photos', () => {
    const photos = [
      { palette: [{ hex: '#d01010', share: 0.6 }, { hex: '#101010', share: 0.4 }], scene: 'backdrop' as const },
      { palette: [{ hex: '#c81818', share: 0.5 }, { hex: '#141414', share: 0.5 }], scene: 'filled' as const },
    ];
    expect(measuredColourName(photos)).toBe('Red');
  });

  it('leaves lifestyle scenes out unless nothing else was measured, and gives null for no palette', () => {
    const backdrop = { palette: [{ hex: '#1040d0', share: 1 }], scene: 'backdrop' as const };
    const room = { palette: [{ hex: '#10a030', share: 1 }], scene: 'lifestyle' as const };
    expect(measuredColourName([room, room, backdrop])).toBe('Blue');
    expect(measuredColourName([room])).toBe('Green');
    expect(measuredColourName([{ palette: [], scene: null }])).toBeNull();
  });
});

describe('colourFitsPhotos', () => {
  it('says whether a colour word fits the measured colours, and null when it cannot tell', () => {
    const red = [{ palette: [{ hex: '#d01010', share: 0.9 }], scene: 'backdrop' as const }];
    expect(colourFitsPhotos('Red', red)).toBe(true);
    expect(colourFitsPhotos('crimson', red)).toBe(true);
    expect(colourFitsPhotos('Blue', red)).toBe(false);
    expect(colourFitsPhotos('Plaid', red)).toBeNull();
    expect(colourFitsPhotos('Red', [{ palette: [], scene: null }])).toBeNull();
  });
});
