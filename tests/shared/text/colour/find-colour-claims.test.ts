import { describe, expect, it } from 'vitest';
import { findColourClaims } from '../../../../shared/text/colour/find-colour-claims';
import { ENGLISH_COLOURS } from '../../../../shared/text/colour/vocabulary-en';

const words = (text: string, code: Parameters<typeof findColourClaims>[1] = 'en') => findColourClaims(text, code).map((c) => c.word);

describe('findColourClaims', () => {
  it('knows a seller\'s vocabulary of at least 150 names', () => {
    expect(ENGLISH_COLOURS.size).toBeGreaterThanOrEqual(150);
    expect(words('olive, mint, coral, ecru, oatmeal, aqua, lime, plum, taupe, cognac')).toEqual(['olive', 'mint', 'coral', 'ecru', 'oatmeal', 'aqua', 'lime', 'plum', 'taupe', 'cognac']);
  });

  it('reads multi-word names whole, each once', () => {
    expect(words('Rose gold ring, white gold band, off-white box, Navy Blue and navy-blue trim, heather gray tee')).toEqual(['rose gold', 'white gold', 'off white', 'navy blue', 'heather grey']);
    expect(findColourClaims('rose gold', 'en')[0]!.families).toContain('pink');
  });

  it('reads plurals and -ish forms as their colour', () => {
    expect(words('Reds and blues, a bluish, greyish, purplish and whitish glaze')).toEqual(['reds', 'blues', 'bluish', 'greyish', 'purplish', 'whitish']);
    expect(findColourClaims('purplish', 'en')[0]!.families).toEqual(['purple']);
  });

  it('skips idioms and names that are no colour', () => {
    expect(words('Black Friday deal: green tea, Orange County, the gold standard, red wine, black pepper, a golden retriever, Black & Decker, mint condition')).toEqual([]);
  });

  it('ignores words that only contain a colour word', () => {
    expect(words('Redwood coaster, blueprint poster, goldfish bowl')).toEqual([]);
  });

  it('widens a neutral by light and dark', () => {
    expect(findColourClaims('light grey', 'en')[0]!.families).toEqual(['silver', 'grey', 'white']);
    expect(findColourClaims('dark beige', 'en')[0]!.families).toEqual(['beige', 'cream', 'brown']);
  });

  it.each([
    ['de', 'Salbeigrüne Tasse mit schwarzen Punkten, dazu grüner Tee', ['salbeigrüne', 'schwarzen']],
    ['fr', 'Pull gris chiné, col blanc cassé, idéal avec un thé vert', ['gris', 'blanc cassé']],
    ['es', 'Taza roja con asas negras, perfecta para el té verde', ['roja', 'negras']],
    ['it', 'Borsa in pelle nera con cuciture bianche', ['nera', 'bianche']],
    ['pt', 'Caneca azul-marinho com alça branca', ['azul marinho', 'branca']],
    ['nl', 'Zwarte mok met witte rand', ['zwarte', 'witte']],
    ['sv', 'Svart mugg med vita prickar', ['svart', 'vita']],
    ['pl', 'Czerwony kubek z białym uchem', ['czerwony', 'białym']],
    ['ja', 'ピンクゴールドの指輪と白いケース、ブラックフライデー限定', ['ピンクゴールド', '白い']],
    ['zh', '玫瑰金戒指，配白色盒子', ['玫瑰金', '白色']],
  ] as const)('finds colour words in %s', (code, text, expected) => {
    expect(words(text, code)).toEqual(expected);
  });
});
