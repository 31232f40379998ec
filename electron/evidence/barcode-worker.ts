/**
 * Worker thread that reads barcodes with zxing-wasm, one request after another, so the 160–250 ms
 * a photo takes (tryHarder on a 1024 px copy, more on a 4096 px original) never stalls the main
 * process's event loop. electron-vite bundles it as a file of its own (see barcode-worker-url.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { BarcodeReply, BarcodeRequest } from './barcode-protocol';
import { decodeBarcodes } from './zxing-decode';

parentPort?.on('message', (request: BarcodeRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});

async function answer({ id, data, width, height }: BarcodeRequest): Promise<BarcodeReply> {
  try {
    return { id, ok: true, found: await decodeBarcodes({ data, width, height }) };
  } catch (err) {
    return { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
