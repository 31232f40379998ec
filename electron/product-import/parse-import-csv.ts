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

function explain(err: CsvError, name: string, skipped: number): AppError {
  const line = typeof err.lines === 'number' ? err.lines + skipped : '?';
  const what: Partial<Record<string, string>> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed',
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside a value is not doubled ("")',
    INVALID_OPENING_QUOTE: 'a quote appears in the middle of an unquoted value',
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of columns than the header',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows a closing quote',
  };
  return new AppError('corrupt_file', `${name}, line ${line}: ${what[err.code] ?? err.message}. Fix that line (or re-save the file from your spreadsheet) and import again.`);
}

/** eBay's templates open with #INFO (drafts) or Info (category templates) lines before the header (§4). */
const PREAMBLE_LINE = /^"?#?INFO\b/i;

/** How many lines before the header are eBay's preamble. */
export function countPreambleLines(text: string): number {
  let n = 0;
  for (const line of text.split(/\r?\n/, 50)) {
    if (!PREAMBLE_LINE.test(line)) break;
    n++;
  }
  return n;
}

/** Parses with csv-parse (RFC 4180); a malformed file is an error naming the line. */
export function parseCatalogCsv(text: string, file: string): ParsedCatalog {
  const name = path.basename(file);
  const skipped = countPreambleLines(text);
  const body = skipped > 0 ? text.split(/\r?\n/).slice(skipped).join('\n') : text;
  const delimiter = sniffDelimiter(body);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(body, { delimiter, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof rows;
  } catch (err) {
    if (err instanceof CsvError) throw explain(err, name, skipped);
    throw err;
  }
  const [header, ...data] = rows;
  if (!header || data.length === 0) throw new AppError('corrupt_file', `${name} has a header line but no product rows.`);
  // Columns without a header (a spreadsheet's trailing commas) stay unmapped rather than failing the file.
  const headers = header.record.map((h) => h.trim());
  // eBay's category templates also carry "Info,>>> …" guidance rows among the data.
  const records = data.filter((r) => !PREAMBLE_LINE.test(r.record[0] ?? '') && r.record.some((c) => c.trim() !== '')).map((r) => ({ line: r.info.lines + skipped, cells: r.record }));
  if (records.length === 0) throw new AppError('corrupt_file', `${name} has a header line but no product rows.`);
  return { delimiter, headers, records };
}
