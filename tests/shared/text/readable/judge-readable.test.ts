import { describe, expect, it } from 'vitest';
import { findOutputLanguage, OUTPUT_LANGUAGES } from '../../../../shared/text/output-languages';
import { judgeReadable } from '../../../../shared/text/readable/judge-readable';
import { PRODUCT_COPY } from '../../../helpers/product-copy';

const lang = (name: string) => findOutputLanguage(name)!;

describe('judgeReadable', () => {
  it.each(OUTPUT_LANGUAGES.map((l) => [l.name, l] as const))('accepts ordinary product copy in %s', (_name, language) => {
    for (const copy of PRODUCT_COPY[language.code]) {
      for (const text of [copy.title, copy.description, copy.tags.join(', ')]) expect(judgeReadable(text, language), text).toEqual({ readable: true });
    }
  });

  it('accepts terse copy with model names, sizes and no function words', () => {
    expect(judgeReadable('Blue mug. 350 ml. USB-C. iPhone 15. 3.5kg. 10x20 cm. Dishwasher safe. Microwave safe. Gift boxed.', lang('English')).readable).toBe(true);
  });

  it.each([
    ['symbols no sentence uses', ')RO7&N!F|%O7&RO7&N[bN!b!F|BU3vF&Rz#8Ub!F|ib%O7&qvUbc|7a7&F (F|a7&Rx?7&RzI', 'it is full of symbols that no sentence uses'],
    ['letters, digits and capitals jumbled', 'qvUbvURO 7a7a4qvE ksvUb3 O7BUO7BU3 vURzO7 nqvU3v', 'most of it is letters, digits and symbols jumbled together, not words'],
    ['runs without vowels', 'Thrkq mzzvl prtnk with crwth fldsk', 'most of its words have no vowels'],
  ])('rejects %s', (_name, text, why) => {
    expect(judgeReadable(text, lang('English'))).toEqual({ readable: false, why });
  });

  it('rejects copy in another language than the one asked for, naming it', () => {
    const english = PRODUCT_COPY.en[0]!.description;
    expect(judgeReadable(english, lang('Deutsch'))).toEqual({ readable: false, why: 'it reads as English, not German' });
    expect(judgeReadable(PRODUCT_COPY.zh[0]!.description, lang('Japanese'))).toEqual({ readable: false, why: 'it reads as Chinese, not Japanese' });
    expect(judgeReadable(PRODUCT_COPY.ja[0]!.description, lang('zh'))).toEqual({ readable: false, why: 'it reads as Japanese, not Chinese' });
    expect(judgeReadable(english, lang('ja'))).toEqual({ readable: false, why: 'it is not written in Japanese letters' });
  });

  it('judges an unknown language by its characters and word shapes only', () => {
    expect(judgeReadable('Kikombe hiki cha kauri kimetengenezwa kwa mkono na kinafaa kwa kahawa ya asubuhi.', findOutputLanguage('Swahili')).readable).toBe(true);
    expect(judgeReadable('qvUbvURO 7a7a4qvE ksvUb3 O7BUO7BU3', undefined).readable).toBe(false);
  });
});
