import fs from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Parses an exported file back with a real CSV parser, as the storefront would. */
export function readBack(file: string, delimiter = ','): string[][] {
  return parse(fs.readFileSync(file), { delimiter, relax_column_count: false, bom: false }) as string[][];
}
