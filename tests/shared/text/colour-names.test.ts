import { describe, expect, it } from 'vitest';
import { familySupports, findColourWords, hexToLab, nameColourFamily } from '../../../shared/text/colour-names';

describe('nameColourFamily', () => {
  it.each([
    ['#ff0000', 'red'],
    ['#b01c1c', 'red'],
    ['#7a0f12', 'red'],
    ['#ff8800', 'orange'],
    ['#f5e642', 'yellow'],
    ['#2f7d32', 'green'],
    ['#9acd32', 'green'],
    ['#1565c0', 'blue'],
    ['#1b2a4a', 'blue'],
    ['#89c4f4', 'blue'],
    ['#6a1b9a', 'purple'],
    ['#f48fb1', 'pink'],
    ['#6d4c41', 'brown'],
    ['#0a0a0a', 'black'],
    ['#fdfdfd', 'white'],
    ['#777777', 'grey'],
    ['#e6d5b8', 'beige'],
    ['#d4af37', 'gold'],
    ['#c4c4c8', 'silver'],
  ])('%s is %s', (hex, family) => {
    expect(nameColourFamily(hex)).toBe(family);
  });

  it('accepts upper-case hex and rejects what is not a colour', () => {
    expect(nameColourFamily('#FF0000')).toBe('red');
    expect(() => hexToLab('red')).toThrow(/Not a colour: "red"/);
  });
});

describe('findColourWords', () => {
  it('finds each colour word once, in order, with the families it may mean', () => {
    expect(findColourWords('Navy blue Cotton tee with white, off-white and NAVY trim')).toEqual([
      { word: 'navy', families: ['blue'] },
      { word: 'blue', families: ['blue'] },
      { word: 'white', families: ['white'] },
    ]);
  });

  it('ignores words that only contain a colour word', () => {
    expect(findColourWords('Redwood coaster, reddish tint, blueprint poster')).toEqual([]);
  });

  it('gives ambiguous words every family they may mean', () => {
    expect(findColourWords('teal')).toEqual([{ word: 'teal', families: ['blue', 'green'] }]);
  });
});

describe('familySupports', () => {
  it.each([
    ['red', 'red', true],
    ['grey', 'white', true],
    ['yellow', 'gold', true],
    ['orange', 'brown', true],
    ['red', 'blue', false],
    ['blue', 'green', false],
    ['black', 'white', false],
  ] as const)('photo %s supports a claim of %s: %s', (seen, claimed, expected) => {
    expect(familySupports(seen, claimed)).toBe(expected);
  });
});
