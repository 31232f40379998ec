import { describe, expect, it } from 'vitest';
import { familiesOfHex } from '../../../../shared/text/colour/colour-families';

describe('familiesOfHex', () => {
  it.each([
    ['#c62828', ['red']],
    ['#1565c0', ['blue']],
    ['#1f3a60', ['blue']],
    ['#2e7d32', ['green']],
    ['#6a1b9a', ['purple']],
    ['#f48fb1', ['pink']],
    ['#6d4c41', ['brown']],
    ['#161616', ['black']],
    ['#3a3a3c', ['black', 'charcoal']],
    ['#808082', ['grey']],
    ['#fafafa', ['white']],
    ['#f3e6c4', ['cream', 'beige']],
  ])('%s is %j', (hex, families) => {
    expect(familiesOfHex(hex)).toEqual(families);
  });

  it('lets colours near a border carry both names, so a fair name is never refused', () => {
    expect(familiesOfHex('#d2691e')).toEqual(['orange', 'brown']);
    expect(familiesOfHex('#a6a6aa')).toEqual(['grey', 'silver']);
  });

  it('splits neutrals by lightness: silver is never black, white never grey', () => {
    expect(familiesOfHex('#c4c4c8')).not.toContain('black');
    expect(familiesOfHex('#f4f4f4')).not.toContain('grey');
    expect(familiesOfHex('#1a1a1a')).not.toContain('white');
  });

  it('rejects what is not a colour', () => {
    expect(() => familiesOfHex('red')).toThrow(/Not a colour: "red"/);
  });
});
