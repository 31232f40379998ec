import { evaluatesAsFormula } from '../formula';
import type { FieldIssue } from '../targets/types';

/**
 * Cells a spreadsheet would run as a formula. Platform files are never changed (a ' prefix would
 * be imported literally, storefront-formats §0), so the user rewords the text or opens the
 * spreadsheet-safe file instead. One issue per column.
 */
export function checkFormulaCells(header: readonly string[], rows: readonly (readonly string[])[]): FieldIssue[] {
  const flagged = new Map<string, FieldIssue>();
  for (const row of rows) {
    row.forEach((cell, i) => {
      const field = header[i] ?? `column ${i + 1}`;
      if (flagged.has(field) || !evaluatesAsFormula(cell)) return;
      flagged.set(field, {
        field,
        code: 'formula',
        severity: 'error',
        message: `${field} "${cell.slice(0, 40)}" would run as a formula in a spreadsheet; reword it, or use the spreadsheet-safe export to open it in a spreadsheet.`,
      });
    });
  }
  return [...flagged.values()];
}
