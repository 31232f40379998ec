import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { keepPreviousFile } from './keep-previous-file';
import type { Dialect } from './targets/types';

export interface RowSink {
  write(row: readonly string[]): Promise<void>;
}

export interface CsvWriteOptions {
  dialect: Dialect;
  /** Prefix formula-leading cells with ' and add a BOM, for opening in a spreadsheet. */
  spreadsheetSafe: boolean;
}

/** The hidden name a file is written under until it is complete. */
export function partialPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.partial`);
}

/**
 * Streams rows through csv-stringify (RFC 4180 quoting) into a temporary file next to `file` and
 * renames it into place only once everything is written, so a crash, a cancel or a full disk
 * never leaves half a file under the real name. Waits on backpressure: rows never pile up.
 * `produce` resolves to false when the file is not worth keeping (no rows): then the temporary
 * file goes and an existing file of that name stays as it was. When a file is written, one that
 * was already there is kept beside it under an "(earlier …)" name (`keptPrevious`), never replaced.
 */
export async function writeCsvAtomically(
  file: string,
  opts: CsvWriteOptions,
  produce: (sink: RowSink) => Promise<boolean>,
): Promise<{ written: boolean; bytes: number; keptPrevious: string | null }> {
  const temp = partialPath(file);
  const stringifier = stringify({
    delimiter: opts.dialect.delimiter,
    record_delimiter: opts.dialect.recordDelimiter,
    // A lone CR in a cell must be quoted too (RFC 4180), whatever the record delimiter is.
    quote_record_delimiter: true,
    bom: opts.dialect.bom || opts.spreadsheetSafe,
    escape_formulas: opts.spreadsheetSafe,
  });
  // 1 MiB between the stringifier and the disk: few, large writes, and still a fixed ceiling on memory.
  const written = pipeline(stringifier, fs.createWriteStream(temp, { highWaterMark: 1 << 20 }));
  // A file that cannot be opened or written (read-only disk, full disk) ends the pipeline while the
  // producer may be waiting for 'drain', which then never comes: each wait also watches for that.
  const failed = written.then(
    () => undefined,
    (err: unknown) => err ?? new Error('The file could not be written.'),
  );
  try {
    const keep = await produce({
      async write(row) {
        if (stringifier.write(row)) return;
        const err = await Promise.race([once(stringifier, 'drain').then(() => undefined), failed]);
        if (err) throw err;
      },
    });
    stringifier.end();
    await written;
    if (!keep) {
      await fs.promises.rm(temp, { force: true });
      return { written: false, bytes: 0, keptPrevious: null };
    }
    const keptPrevious = await keepPreviousFile(file);
    await fs.promises.rename(temp, file);
    return { written: true, bytes: (await fs.promises.stat(file)).size, keptPrevious };
  } catch (err) {
    stringifier.destroy();
    // The pipeline now rejects with a follow-on "premature close"; the producer's error is the one to report.
    await Promise.allSettled([written]);
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}
