/** GTIN lengths: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13), GTIN-14 (ITF-14). */
const GTIN_LENGTHS = new Set([8, 12, 13, 14]);

/**
 * The GS1 mod-10 check digit of a GTIN's digits without their check digit: from the right, digits
 * are weighted 3, 1, 3, 1…; the check digit brings the weighted sum up to a multiple of ten.
 */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the text is 8, 12, 13 or 14 digits whose last digit is the GS1 check digit of the rest. */
export function isValidGtin(text: string): boolean {
  if (!/^\d+$/.test(text) || !GTIN_LENGTHS.has(text.length)) return false;
  return gs1CheckDigit(text.slice(0, -1)) === Number(text[text.length - 1]);
}
