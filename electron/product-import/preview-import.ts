import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { CatalogMapping, CatalogPreview } from '../../shared/domain/product-import';
import type { Db } from '../db/open-database';
import { decodeCatalogText, findMojibakeLines } from './decode-import-text';
import { guessMapping, unmappedHeaders } from './guess-mapping';
import { matchCatalog } from './match-import-rows';
import { parseCatalogCsv } from './parse-import-csv';
import { loadProductIndex } from './product-index';

/** A catalog bigger than this is not a product list; refuse it before reading it into memory. */
const MAX_BYTES = 100 * 1024 * 1024;

function readCatalogFile(file: string): Buffer {
  const name = path.basename(file);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new AppError('not_found', `${file} could not be found. Choose the catalog file again.`);
  }
  if (size > MAX_BYTES) throw new AppError('too_large', `${name} is ${(size / 2 ** 20).toFixed(0)} MB; a catalog file can be at most 100 MB. Split it and import the parts.`);
  return fs.readFileSync(file);
}

function checkMapping(mapping: CatalogMapping, headers: readonly string[], name: string): void {
  for (const [field, header] of Object.entries(mapping)) {
    if (!headers.includes(header)) throw new AppError('invalid_input', `${name} has no column "${header}" (mapped to ${field}). Pick one of its columns: ${headers.join(', ')}.`);
  }
}

/**
 * Reads a catalog file and reports, without changing anything, what importing it would do: which
 * rows match which product, what they fill in and where they disagree with a draft.
 */
export function previewCatalog(db: Db, file: string, mapping?: CatalogMapping, taxonomy?: GoogleTaxonomy): CatalogPreview {
  const name = path.basename(file);
  const bytes = readCatalogFile(file);
  const parsed = parseCatalogCsv(decodeCatalogText(bytes, file), file);
  const used = mapping ?? guessMapping(parsed.headers);
  checkMapping(used, parsed.headers, name);
  const { rows, variantProducts } = matchCatalog(parsed.headers, parsed.records, used, loadProductIndex(db), taxonomy);
  const warnings: string[] = [];
  if (!used.sku && !used.photoFileName) warnings.push(`No column of ${name} was recognised as SKU or photo file name; choose the column that identifies each product.`);
  const garbled = findMojibakeLines(decodeCatalogText(bytes, file));
  if (garbled.length > 0) {
    warnings.push(`Line(s) ${garbled.join(', ')} hold text like "â€“", which is UTF-8 that was opened as another encoding and saved again; check those values before applying.`);
  }
  return {
    file,
    fingerprint: createHash('sha256').update(bytes).digest('hex'),
    delimiter: parsed.delimiter,
    headers: parsed.headers,
    mapping: used,
    unmappedHeaders: unmappedHeaders(parsed.headers, used),
    rows,
    counts: {
      matched: rows.filter((r) => r.status === 'matched').length,
      conflict: rows.filter((r) => r.status === 'conflict').length,
      unmatched: rows.filter((r) => r.status === 'unmatched').length,
    },
    variantProducts,
    warnings,
  };
}
