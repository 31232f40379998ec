/** OWASP's CSV-injection triggers: = + - @ TAB CR at the start of a cell (storefront-formats §0). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function startsLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}
