import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, isValidGtin } from '../../../electron/evidence/gtin';

describe('GS1 check digit', () => {
  it('computes the check digit of published GTINs', () => {
    // GS1's own worked example (GTIN-13 629104150021 → 3) and well-known retail codes.
    expect(gs1CheckDigit('629104150021')).toBe(3);
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(gs1CheckDigit('03600029145')).toBe(2);
    expect(gs1CheckDigit('9638507')).toBe(4);
    expect(gs1CheckDigit('1001234567890')).toBe(2);
  });

  it('accepts GTIN-8, -12, -13 and -14 with the right check digit', () => {
    for (const gtin of ['96385074', '036000291452', '4006381333931', '0036000291452', '10012345678902']) expect(isValidGtin(gtin)).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and anything that is not digits', () => {
    for (const text of ['4006381333932', '036000291453', '40063813339', '123456789', '4006381333 93', 'ABCDEFGH', '', '96385O74']) {
      expect(isValidGtin(text)).toBe(false);
    }
  });
});
