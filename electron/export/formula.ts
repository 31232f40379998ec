/**
 * What a spreadsheet would evaluate when it opens a cell: anything after a leading = (or the
 * full-width ＝ some spreadsheets accept), and + - @ only when a formula follows: a function call
 * (SUM(, HYPERLINK(), a cell reference (A1, $B$2, Sheet1!A1) or a DDE link (cmd|' /C calc'!A0).
 * Ordinary titles such as "-50% Sale Hoodie", "+Plus Size Tee" or "@home Lamp" are text.
 */
const ALWAYS = /^[=＝]/;
const FUNCTION_CALL = /^[A-Za-z_][\w.]*\s*\(/;
const CELL_REFERENCE = /^(?:[A-Za-z_][\w.]*!)?\$?[A-Za-z]{1,3}\$?\d+(?![\w%.])/;
const DDE = /^[A-Za-z_][\w.]*\s*\|/;

export function evaluatesAsFormula(cell: string): boolean {
  if (ALWAYS.test(cell)) return true;
  // The full-width ＋ － ＠ that some spreadsheets (Apple Numbers) fold to + - @ count the same.
  if (!/^[+\-@\uFF0B\uFF0D\uFF20]/.test(cell)) return false;
  const rest = cell.slice(1).trimStart();
  return FUNCTION_CALL.test(rest) || CELL_REFERENCE.test(rest) || DDE.test(rest);
}
