import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors';

export interface CatalogRecord {
  /** Line where the record ends, 1-based; the header is line 1. */
  line: number;
  cells: string[];
}

export interface ParsedCatalog {
  delimiter: string;
  headers: string[];
  records: CatalogRecord[];
}

/** Comma, semicolon (European Excel) or tab: whichever the header line holds most of. */
export function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function explain(err: CsvError, name: string): AppError {
  const line = typeof err.lines === 'number' ? err.lines : '?';
  const what: Partial<Record<string, string>> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed',
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside a value is not doubled ("")',
    INVALID_OPENING_QUOTE: 'a quote appears in the middle of an unquoted value',
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of columns than the header',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows a closing quote',
  };
  return new AppError('corrupt_file', `${name}, line ${line}: ${what[err.code] ?? err.message}. Fix that line (or re-save the file from your spreadsheet) and import again.`);
}

/** Parses with csv-parse (RFC 4180); a malformed file is an error naming the line. */
export function parseCatalogCsv(text: string, file: string): ParsedCatalog {
  const name = path.basename(file);
  const delimiter = sniffDelimiter(text);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof rows;
  } catch (err) {
    if (err instanceof CsvError) throw explain(err, name);
    throw err;
  }
  const [header, ...data] = rows;
  if (!header || data.length === 0) throw new AppError('corrupt_file', `${name} has a header line but no product rows.`);
  // Columns without a header (a spreadsheet's trailing commas) stay unmapped rather than failing the file.
  const headers = header.record.map((h) => h.trim());
  return { delimiter, headers, records: data.map((r) => ({ line: r.info.lines, cells: r.record })) };
}
