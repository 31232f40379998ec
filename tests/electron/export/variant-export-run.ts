import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { exportOptionsSchema } from '../../../shared/domain/export';
import type { ExportTarget } from '../../../shared/domain/platform-limits';
import { loadGoogleTaxonomy } from '../../../electron/categories/load-google-taxonomy';
import { runExport } from '../../../electron/export/run-export';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import type { TestLibrary } from './library-fixture';

const GOLDEN_DIR = path.resolve(__dirname, '../../fixtures/export');
const taxonomy = loadGoogleTaxonomy(defaultResourcesDir());

/** The options export-targets.test.ts writes its golden files under, so their rows compare. */
export const GOLDEN_OPTIONS = exportOptionsSchema.parse({
  imageBaseUrl: 'https://cdn.example.com/img/',
  copyImages: false,
  storefront: 'shopify',
  shopUrl: 'https://shop.example.com',
  condition: 'new',
  ebayCategoryId: '15687',
  etsyTaxonomyId: '482',
  googleProductCategory: '212',
});

export type Row = Record<string, string>;

/** Parsed with csv-parse, not the exporter's code: rows as header → cell, every row as wide as the header. */
export function parseRows(text: string | Buffer, delimiter = ',', skipLines = 0): { header: string[]; rows: Row[] } {
  const records = parse(text, { delimiter, relax_column_count: false, bom: false, from_line: skipLines + 1 }) as string[][];
  const [header, ...rest] = records;
  return { header: header!, rows: rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}

/** Exports everything approved to a real file through runExport and parses it back. */
export async function exportAndParse(lib: TestLibrary, target: ExportTarget, fileName: string, skipLines = 0) {
  const outputPath = path.join(lib.out, fileName);
  const result = await runExport(lib.db, lib.dir, { target, options: GOLDEN_OPTIONS, spreadsheetSafe: false, outputPath, onLintFailure: 'skip' }, { taxonomy });
  const text = fs.readFileSync(outputPath, 'utf8');
  return { result, text, ...parseRows(text, target === 'google' ? '\t' : ',', skipLines) };
}

/** The rows export-targets.test.ts pinned for the two single-variant example products. */
export function goldenRows(name: string, delimiter = ',', skipLines = 0): { header: string[]; rows: Row[] } {
  return parseRows(fs.readFileSync(path.join(GOLDEN_DIR, name)), delimiter, skipLines);
}
