import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from '../../../electron/export/formula';

/** Whether the spreadsheet-safe writer (csv-stringify with escape_formulas) prefixes this cell. */
function writerEscapes(cell: string): boolean {
  return stringify([[cell]], { escape_formulas: true }) !== stringify([[cell]], { escape_formulas: false });
}

describe('startsLikeFormula', () => {
  it('catches the full-width ＝ ＋ － ＠ as the spreadsheet-safe writer does', () => {
    for (const cell of ['＝HYPERLINK("http://evil.example","x")', '＋1 gift', '－50% tote', '＠SUM(A1)']) {
      expect(startsLikeFormula(cell), cell).toBe(true);
      expect(writerEscapes(cell), cell).toBe(true);
    }
  });

  it('agrees with the writer on every first character it treats as a formula', () => {
    const firsts = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'A', ' ', '#', '1', '(', '"', "'", '\u00A0'];
    for (const first of firsts) expect(startsLikeFormula(`${first}x`), JSON.stringify(first)).toBe(writerEscapes(`${first}x`));
  });
});
