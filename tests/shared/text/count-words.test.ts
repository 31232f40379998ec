import { describe, expect, it } from 'vitest';
import { countWords, wordBudget } from '../../../shared/text/count-words';

describe('countWords', () => {
  it.each([
    ['plain English with punctuation', 'A red mug, glazed by hand.', 6],
    ['hyphenated compounds and apostrophes are one word each', "Hand-stitched, it's the shop's T‐shirt", 5],
    ['a hyphen between spaces is no word', 'Mugs - two of them', 4],
    ['numbers with separators', 'Holds 1,000 ml or 12.5 oz, 1 000 sold, 2\u202F500 left', 10],
    ['a URL is one word', 'See https://shop.example.com/p?id=3&x=y for more.', 4],
    ['an e-mail address is one word', 'Write to jo.smith+shop@example.co.uk today', 4],
    ['Japanese segments into words', 'このマグカップは陶器製で、食洗機に対応しています。', 14],
    ['Chinese segments into words', '这个杯子是陶瓷做的', 5],
    ['Thai segments into words', 'แก้วสีแดง', 3],
    ['German compounds stay whole', 'Handgemachte Kaffeetasse aus Steinzeug.', 4],
    ['a colon splits words, a full stop between letters does not', 'Note:blue, e.g. shop.example', 4],
    ['mixed scripts', 'iPhone 15ケース、ブルー', 4],
    ['empty text', '  \n ', 0],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('wordBudget', () => {
  it('is ±10 % of the target, rounded inwards', () => {
    expect(wordBudget(50)).toEqual({ min: 45, max: 55 });
    const { min, max } = wordBudget(50);
    expect([44, 45, 55, 56].map((n) => countWords('word '.repeat(n)) >= min && countWords('word '.repeat(n)) <= max)).toEqual([false, true, true, false]);
  });
});
