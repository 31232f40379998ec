import { describe, expect, it } from 'vitest';
import { evaluatesAsFormula } from '../../../electron/export/formula';

describe('what a spreadsheet would evaluate', () => {
  it.each(['=1+1', '＝SUM(A1)', '+SUM(A1:A2)', '-A1', '@HYPERLINK("x")', "+cmd|' /C calc'!A0", '-Sheet1!B2', '+ $B$2'])('flags %s', (cell) => {
    expect(evaluatesAsFormula(cell)).toBe(true);
  });

  it.each(['-50% Sale Hoodie', '+Plus Size Tee', '@home Lamp', '+1 gift', '-5 pack', 'A1 Sauce', '\ttab', '\rcr', ''])('passes %j', (cell) => {
    expect(evaluatesAsFormula(cell)).toBe(false);
  });
});
