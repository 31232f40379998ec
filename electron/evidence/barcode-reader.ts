import fs from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReadInputBarcodeFormat } from 'zxing-wasm/reader';
import { isValidGtin } from './gtin';

/** One barcode as stored in photo_evidence.barcodes. */
export interface ReadBarcode {
  format: string;
  text: string;
  /** True only for a GTIN (EAN-13, UPC-A, EAN-8) whose GS1 check digit is right. */
  valid: boolean;
}

/** RGBA pixels, as zxing-wasm reads them without decoding a file itself. */
export interface RgbaPixels {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

/** Retail codes carry GTINs; Code 128 and QR carry anything (a URL, a lot number). */
export const BARCODE_FORMATS: readonly ReadInputBarcodeFormat[] = ['EAN13', 'UPCA', 'EAN8', 'Code128', 'QRCode'];
const GTIN_FORMATS = new Set(['EAN13', 'UPCA', 'EAN8']);

let prepared: Promise<unknown> | undefined;

/**
 * zxing-wasm fetches its .wasm from a CDN unless handed the bytes: the app is offline, so the
 * read-only build that ships in the package is loaded from disk, once per process.
 */
function prepareReader(): Promise<unknown> {
  prepared ??= (async () => {
    const wasmFile = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    const bytes = await fs.promises.readFile(wasmFile);
    const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })();
  return prepared;
}

/** Every EAN-13, UPC-A, EAN-8, Code 128 and QR code in the pixels, each once, GTINs checked. */
export async function readBarcodesIn(pixels: RgbaPixels): Promise<ReadBarcode[]> {
  await prepareReader();
  const found = await readBarcodes(pixels as unknown as Parameters<typeof readBarcodes>[0], { formats: [...BARCODE_FORMATS], tryHarder: true, maxNumberOfSymbols: 8 });
  const out: ReadBarcode[] = [];
  for (const code of found) {
    if (!code.isValid || out.some((c) => c.text === code.text)) continue;
    out.push({ format: code.format, text: code.text, valid: GTIN_FORMATS.has(code.format) && isValidGtin(code.text) });
  }
  return out;
}

/** True when one of the codes is a 1D code: the original is then not worth a second look. */
export function hasLinearCode(codes: readonly ReadBarcode[]): boolean {
  return codes.some((c) => c.format !== 'QRCode');
}
