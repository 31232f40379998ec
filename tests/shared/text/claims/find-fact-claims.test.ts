import { describe, expect, it } from 'vitest';
import { claimKey, findFactClaims, textBacksClaim } from '../../../../shared/text/claims/find-fact-claims';

const words = (text: string) => findFactClaims(text).map((c) => c.words);
const kinds = (text: string) => findFactClaims(text).map((c) => c.kind);

describe('findFactClaims', () => {
  it.each([
    ['Holds 12 oz of coffee.', ['12 oz']],
    ['A 12oz mug', ['12oz']],
    ['16 fl oz tumbler', ['16 fl oz']],
    ['500 ml bottle and a 1.5 L jug', ['500 ml', '1.5 L']],
    ['Weighs 2,5 kg', ['2,5 kg']],
    ['Measures 40 x 35 cm', ['40 x 35 cm']],
    ['A 3.5" wide frame', ['3.5"']],
    ['20 inches long, 6 ft cord', ['20 inches', '6 ft']],
    ['A 10000 mAh power bank', ['10000 mAh']],
    ['Set of 6 pcs', ['6 pcs']],
    ['Soft 180 gsm cotton', ['180 gsm']],
    ['Machine wash at 30 °C', ['30 °C']],
    ['Up to 8 hours of playback', ['8 hours']],
  ])('finds sizes and amounts with a unit: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
    expect(kinds(text).every((k) => k === 'measure')).toBe(true);
  });

  it.each([
    ['100% cotton tote', ['100% cotton']],
    ['Made of 80 % wool', ['80 % wool']],
    ['It is 100% of the fun', ['100%']],
  ])('finds percentages: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
    expect(kinds(text).every((k) => k === 'percent')).toBe(true);
  });

  it.each([
    ['Made in Portugal.', ['Made in Portugal']],
    ['made in Italy by hand', ['made in Italy']],
    ['Handmade in the United Kingdom', ['Handmade in the United Kingdom']],
    ['Crafted in Japan', ['Crafted in Japan']],
    ['Printed in USA', ['Printed in USA']],
  ])('finds origins: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
    expect(kinds(text)).toEqual(['origin']);
  });

  it.each([['Dishwasher safe'], ['microwave-safe'], ['It is waterproof'], ['BPA-free plastic'], ['machine washable'], ['It is safe in the dishwasher']])('finds care and safety promises: %s', (text) => {
    expect(kinds(text)).toEqual(['care']);
  });

  it.each([
    ['A red ceramic mug with a wide handle.'],
    ['Made in small batches'],
    ['In 2024 we made 3 mugs.'],
    ['A mug for 2 people'],
    ['Size M, model 42'],
    ['Blue & white stripes'],
  ])('finds nothing in ordinary copy: %s', (text) => {
    expect(findFactClaims(text)).toEqual([]);
  });

  it("reports the issue's example in order", () => {
    expect(findFactClaims('Made in Portugal, this mug is dishwasher safe and holds 12 oz.')).toEqual([
      { kind: 'origin', words: 'Made in Portugal', key: 'made in portugal' },
      { kind: 'care', words: 'dishwasher safe', key: 'dishwasher safe' },
      { kind: 'measure', words: '12 oz', key: '12oz' },
    ]);
  });
});

describe('claimKey and textBacksClaim', () => {
  it('treats spacing, case, decimal commas and dashes alike', () => {
    expect(claimKey('12 OZ')).toBe(claimKey('12oz'));
    expect(claimKey('2,5 kg')).toBe('2.5kg');
    expect(claimKey('Dishwasher-safe')).toBe('dishwasher safe');
    expect(claimKey('40 x 35 cm')).toBe('40x35cm');
  });

  it('is backed by read text that says the same, not by a different number', () => {
    const [claim] = findFactClaims('holds 12 oz');
    expect(textBacksClaim('NET WT 12OZ', claim!)).toBe(true);
    expect(textBacksClaim('NET WT 120Z', claim!)).toBe(false);
    expect(textBacksClaim('112 oz', claim!)).toBe(false);
    expect(textBacksClaim('', claim!)).toBe(false);
  });

  it('backs an origin by its place', () => {
    const [claim] = findFactClaims('Made in Portugal');
    expect(textBacksClaim('PRODUCT OF PORTUGAL', claim!)).toBe(true);
    expect(textBacksClaim('MADE IN CHINA', claim!)).toBe(false);
  });
});
