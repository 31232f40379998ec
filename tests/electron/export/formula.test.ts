import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { evaluatesAsFormula } from '../../../electron/export/formula';

/** Whether the spreadsheet-safe writer (csv-stringify with escape_formulas) prefixes this cell. */
function writerEscapes(cell: string): boolean {
  return stringify([[cell]], { escape_formulas: true }) !== stringify([[cell]], { escape_formulas: false });
}

describe('what a spreadsheet would evaluate', () => {
  it('catches the full-width ＝ ＋ － ＠ before a formula, as the spreadsheet-safe writer does', () => {
    for (const cell of ['＝HYPERLINK("http://evil.example","x")', '＋SUM(A1)', '－A1', '＠SUM(A1)']) {
      expect(evaluatesAsFormula(cell), cell).toBe(true);
      expect(writerEscapes(cell), cell).toBe(true);
    }
  });

  it('flags nothing the spreadsheet-safe writer would leave alone', () => {
    const cells = ['=1', '＝1', '+A1', '-SUM(1)', '@A1', '＋A1', '－SUM(1)', '＠A1', '+1 gift', 'A1', '#1'];
    for (const cell of cells) if (evaluatesAsFormula(cell)) expect(writerEscapes(cell), cell).toBe(true);
  });

  it.each(['=1+1', '＝SUM(A1)', '+SUM(A1:A2)', '-A1', '@HYPERLINK("x")', "+cmd|' /C calc'!A0", '-Sheet1!B2', '+ $B$2'])('flags %s', (cell) => {
    expect(evaluatesAsFormula(cell)).toBe(true);
  });

  it.each(['-50% Sale Hoodie', '+Plus Size Tee', '@home Lamp', '+1 gift', '-5 pack', 'A1 Sauce', '\ttab', '\rcr', ''])('passes %j', (cell) => {
    expect(evaluatesAsFormula(cell)).toBe(false);
  });
});
