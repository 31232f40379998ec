import { isValidGtin } from './gtin';
import { decodeBarcodes, type RawBarcode, type RgbaPixels } from './zxing-decode';

export { BARCODE_FORMATS, type RgbaPixels } from './zxing-decode';

/** One barcode as stored in photo_evidence.barcodes. */
export interface ReadBarcode {
  format: string;
  text: string;
  /** True only for a GTIN (EAN-13, UPC-A, EAN-8) whose GS1 check digit is right. */
  valid: boolean;
}

/** Reads barcodes from pixels; the app's one runs zxing in a worker thread (barcode-thread.ts). */
export interface BarcodeReader {
  read(pixels: RgbaPixels): Promise<ReadBarcode[]>;
  /** Ends the worker thread; a read in flight rejects with a cancellation. Reading again starts a new one. */
  terminate(): Promise<void>;
}

const GTIN_FORMATS = new Set(['EAN13', 'UPCA', 'EAN8']);

/** zxing's symbols as we keep them: readable ones only, each text once, GTINs checked (pure). */
export function toReadBarcodes(found: readonly RawBarcode[]): ReadBarcode[] {
  const out: ReadBarcode[] = [];
  for (const code of found) {
    if (!code.isValid || out.some((c) => c.text === code.text)) continue;
    out.push({ format: code.format, text: code.text, valid: GTIN_FORMATS.has(code.format) && isValidGtin(code.text) });
  }
  return out;
}

/**
 * Every EAN-13, UPC-A, EAN-8, Code 128 and QR code in the pixels, each once, GTINs checked, decoded
 * on the calling thread (benchmarks; the app reads through a BarcodeReader).
 */
export async function readBarcodesIn(pixels: RgbaPixels): Promise<ReadBarcode[]> {
  return toReadBarcodes(await decodeBarcodes(pixels));
}

/** True when one of the codes is a 1D code: the original is then not worth a second look. */
export function hasLinearCode(codes: readonly ReadBarcode[]): boolean {
  return codes.some((c) => c.format !== 'QRCode');
}
