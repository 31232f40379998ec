/**
 * OWASP's CSV-injection triggers: = + - @ TAB CR at the start of a cell (storefront-formats §0),
 * and the full-width ＝ ＋ － ＠ that some spreadsheets (Apple Numbers) fold to them: the same set
 * the spreadsheet-safe writer (csv-stringify's escape_formulas) prefixes.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function startsLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}
