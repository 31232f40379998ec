import { describe, expect, it } from 'vitest';
import { textNamesWord, wordsContainName } from '../../../../shared/text/claims/name-in-text';

describe('textNamesWord and wordsContainName', () => {
  it.each([
    ['NIKE AIR', 'Nike', true],
    ['nike', 'NIKE', true],
    ['Nikel mug', 'Nike', false],
    ['Le Creuset casserole', 'Le Creuset', true],
    ['Le cast iron Creuset', 'Le Creuset', false],
    ["Levi's jeans", "Levi's", true],
    ['H&M tee', 'H&M', true],
    ['', 'Nike', false],
    ['Nike', '', false],
  ])('%s names %s: %s', (text, name, expected) => {
    expect(textNamesWord(text, name)).toBe(expected);
  });

  it('matches whole read words only', () => {
    expect(wordsContainName(['JUST', 'DO', 'IT', 'NIKE'], 'Nike')).toBe(true);
    expect(wordsContainName(['NIKEL'], 'Nike')).toBe(false);
    expect(wordsContainName(['LE', 'CREUSET'], 'le creuset')).toBe(true);
  });
});
