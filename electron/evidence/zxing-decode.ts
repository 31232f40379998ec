import fs from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReadInputBarcodeFormat } from 'zxing-wasm/reader';

/**
 * zxing-wasm's decoding, on whichever thread imports this: the barcode worker thread in the app
 * (barcode-worker.ts), the calling thread in benchmarks. Imports nothing else of ours, so the
 * worker bundles small.
 */

/** RGBA pixels, as zxing-wasm reads them without decoding a file itself. */
export interface RgbaPixels {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

/** One symbol as zxing reported it, before our checks (see toReadBarcodes in barcode-reader.ts). */
export interface RawBarcode {
  format: string;
  text: string;
  isValid: boolean;
}

/** Retail codes carry GTINs; Code 128 and QR carry anything (a URL, a lot number). */
export const BARCODE_FORMATS: readonly ReadInputBarcodeFormat[] = ['EAN13', 'UPCA', 'EAN8', 'Code128', 'QRCode'];

let prepared: Promise<unknown> | undefined;

/**
 * zxing-wasm fetches its .wasm from a CDN unless handed the bytes: the app is offline, so the
 * read-only build that ships in the package is loaded from disk, once per thread.
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

/** Every EAN-13, UPC-A, EAN-8, Code 128 and QR code zxing finds in the pixels (up to 8), trying hard. */
export async function decodeBarcodes(pixels: RgbaPixels): Promise<RawBarcode[]> {
  await prepareReader();
  const found = await readBarcodes(pixels as unknown as Parameters<typeof readBarcodes>[0], { formats: [...BARCODE_FORMATS], tryHarder: true, maxNumberOfSymbols: 8 });
  return found.map((code) => ({ format: code.format, text: code.text, isValid: code.isValid }));
}
