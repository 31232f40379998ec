import fs from 'node:fs';
import sharp from 'sharp';
import { photoFiles } from '../photos/library-paths';
import type { ImageFormat } from '../photos/image-format';
import { hasLinearCode, type BarcodeReader, type ReadBarcode, type RgbaPixels } from './barcode-reader';
import type { LabelReader } from './label-reader';

/** A photo waiting to be read, as the queue query returns it. */
export interface PhotoToRead {
  id: number;
  sha256: string;
  format: ImageFormat;
  originalName: string;
}

/** What was read from one photo. */
export interface PhotoReading {
  ocrText: string;
  ocrWords: string[];
  barcodes: ReadBarcode[];
}

/** The original is decoded at most this large for a second barcode look (see bench/RESULTS.md). */
export const ORIGINAL_BARCODE_LONG_SIDE = 4096;

/** A photo that could not be read, with a sentence for the shop owner. */
export class PhotoReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhotoReadError';
  }
}

/**
 * Reads label text and barcodes from the photo's 1024 px model-input copy (what the model sees,
 * already oriented and small enough for OCR in a few hundred ms). When that copy shows no 1D
 * code, the original is decoded once more, larger, for barcodes only: thin bars of a small
 * barcode blur away at 1024 px. HEIC originals are left out of that second look.
 */
export async function readPhoto(libraryDir: string, photo: PhotoToRead, labels: LabelReader, barcodeReader: BarcodeReader): Promise<PhotoReading> {
  const files = photoFiles(libraryDir, photo.sha256, photo.format);
  const rendition = await decodeRgba(files.modelInput, null).catch((err: unknown) => {
    throw new PhotoReadError(
      `${photo.originalName}: the library's 1024 px copy of this photo could not be read (${reason(err)}), so its label and barcode were not read. Remove the photo and import it again to retry.`,
    );
  });
  const text = await labels.read(rendition.jpeg);
  let barcodes = await barcodeReader.read(rendition.pixels);
  if (!hasLinearCode(barcodes) && photo.format !== 'heic') {
    const original = await decodeRgba(files.original, ORIGINAL_BARCODE_LONG_SIDE).catch(() => null);
    if (original) barcodes = merge(barcodes, await barcodeReader.read(original.pixels));
  }
  return { ocrText: text.text, ocrWords: text.words, barcodes };
}

/** The file's pixels as RGBA (for zxing), plus the bytes of a clean JPEG for tesseract. */
async function decodeRgba(file: string, longSide: number | null): Promise<{ pixels: RgbaPixels; jpeg: Buffer }> {
  const bytes = await fs.promises.readFile(file);
  let image = sharp(bytes, { failOn: 'error', autoOrient: true });
  if (longSide !== null) image = image.resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true });
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { pixels: { data, width: info.width, height: info.height }, jpeg: bytes };
}

function merge(first: ReadBarcode[], more: ReadBarcode[]): ReadBarcode[] {
  return [...first, ...more.filter((m) => !first.some((f) => f.text === m.text))];
}

function reason(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === 'ENOENT') return 'the file is missing';
  const message = err instanceof Error ? err.message : String(err);
  return /corrupt|premature|invalid|unsupported image format|bad seek|vips/i.test(message) ? 'the file is damaged' : message.split('\n')[0]!;
}
