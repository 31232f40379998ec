import { startsLikeFormula } from '../formula';
import type { FieldIssue } from '../targets/types';

const SHOWN: Record<string, string> = { '\t': 'a tab', '\r': 'a carriage return' };

/**
 * Cells a spreadsheet would run as a formula (= + - @ TAB CR first). Platform files are not
 * prefixed with ' because the importers keep it literally (storefront-formats §0), so the user
 * rewords the text or exports the spreadsheet-safe file instead. One issue per column.
 */
export function checkFormulaCells(header: readonly string[], rows: readonly (readonly string[])[]): FieldIssue[] {
  const flagged = new Map<string, FieldIssue>();
  for (const row of rows) {
    row.forEach((cell, i) => {
      const field = header[i] ?? `column ${i + 1}`;
      if (!startsLikeFormula(cell) || flagged.has(field)) return;
      const first = SHOWN[cell[0]!] ?? `"${cell[0]}"`;
      flagged.set(field, {
        field,
        code: 'formula',
        severity: 'error',
        message: `${field} starts with ${first}, which a spreadsheet runs as a formula; reword it, or use the spreadsheet-safe export to open it in a spreadsheet.`,
      });
    });
  }
  return [...flagged.values()];
}
