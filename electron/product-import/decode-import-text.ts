import path from 'node:path';
import { AppError } from '../../shared/errors';

/** Index of the first byte that is not part of valid UTF-8, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The file's text: UTF-8 (BOM or not) or UTF-16 with a BOM, as spreadsheets save them. Anything
 * else gets an error naming the line, since guessing a code page silently garbles names and prices.
 */
export function decodeCatalogText(bytes: Uint8Array, file: string): string {
  const name = path.basename(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = findInvalidUtf8(body);
  if (bad >= 0) {
    throw new AppError(
      'unsupported_format',
      `${name} is not UTF-8 text: line ${lineOf(body, bad)} holds a byte (0x${body[bad]!.toString(16).toUpperCase()}) that is not valid UTF-8, as in files saved by Excel as plain "CSV". Save it as "CSV UTF-8" and import it again.`,
    );
  }
  const text = new TextDecoder('utf-8').decode(body);
  if (text.trim().length === 0) throw new AppError('corrupt_file', `${name} is empty. Choose the CSV file that holds your products.`);
  return text;
}

/** Lines that look like UTF-8 read as Windows-1252 and saved again ("â€“" for "–"). */
export function findMojibakeLines(text: string, limit = 5): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (lines.length < limit && /â€|Ã[\u0080-\u00bf]/.test(line)) lines.push(i + 1);
  });
  return lines;
}
