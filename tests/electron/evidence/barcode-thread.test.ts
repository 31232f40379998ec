import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createBarcodeThread, startBarcodeWorker } from '../../../electron/evidence/barcode-thread';
import { ReadCancelled } from '../../../electron/evidence/label-reader';
import type { RgbaPixels } from '../../../electron/evidence/zxing-decode';
import { renderLabelPhoto, type LabelBarcode } from '../../helpers/render-label-photo';
import { nodeThreadCount } from '../../helpers/thread-count';

/** Ten label photos at the size the reader sees (the 1024 px copy), each with its own code. */
const CODES: LabelBarcode[] = [
  { format: 'EAN13', text: '9780201379624', moduleWidth: 3 },
  { format: 'EAN13', text: '4006381333931', moduleWidth: 3 },
  ...Array.from({ length: 7 }, (_, i): LabelBarcode => ({ format: 'Code128', text: `LOT-${String(i + 1).padStart(4, '0')}`, moduleWidth: 3 })),
  { format: 'QRCode', text: 'https://example.com/care', moduleWidth: 8 },
];

async function labelPixels(barcode: LabelBarcode): Promise<RgbaPixels> {
  const jpeg = await renderLabelPhoto({ width: 1024, height: 768, lines: [{ text: 'WOOL THROW', capHeight: 36, bold: true }], barcode });
  const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const readers: { terminate(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(readers.map((r) => r.terminate()));
});

describe('barcode reading in a worker thread', () => {
  it('reads each photo’s own code while a timer on the main thread keeps firing during every read', async () => {
    const photos = await Promise.all(CODES.map(labelPixels));
    const reader = createBarcodeThread();
    readers.push(reader);
    await reader.read(photos[0]!); // the worker and its WebAssembly start once

    // A main-thread timer counts its ticks while the ten photos are read one after another, as the
    // evidence reader does; each read notes how many fired while it ran.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const ticksDuring: number[] = [];
    const results = [];
    try {
      for (const pixels of photos) {
        const at = ticks;
        results.push(await reader.read(pixels));
        ticksDuring.push(ticks - at);
      }
    } finally {
      clearInterval(timer);
    }
    expect(results.map((codes) => codes.map((c) => c.text))).toEqual(CODES.map((c) => [c.text]));
    expect(results[0]).toEqual([{ format: 'EAN13', text: '9780201379624', valid: true }]);
    expect(results[9]).toEqual([{ format: 'QRCode', text: 'https://example.com/care', valid: false }]);
    // Decoding on the main thread, no tick could fire during a read (zxing's WebAssembly runs to the end).
    expect(ticksDuring).toHaveLength(10);
    expect(ticksDuring.filter((t) => t === 0)).toEqual([]);
  }, 120_000);

  it('fails only the read whose worker crashed, and reads the next in a fresh worker', async () => {
    const pixels = await labelPixels(CODES[2]!);
    const starts: string[] = [];
    const reader = createBarcodeThread({
      startWorker: () => {
        starts.push(starts.length === 0 ? 'crashing' : 'real');
        // Stands in for a WebAssembly abort, which no real photo triggers on demand: the thread dies mid-read.
        if (starts.length === 1) return Promise.resolve(new Worker(`require('node:worker_threads').parentPort.on('message', () => { throw new Error('fake WASM abort'); });`, { eval: true }));
        return startBarcodeWorker();
      },
    });
    readers.push(reader);
    await expect(reader.read(pixels)).rejects.toThrow('the barcode reader stopped (fake WASM abort)');
    expect((await reader.read(pixels)).map((c) => c.text)).toEqual(['LOT-0001']);
    expect(starts).toEqual(['crashing', 'real']);
  }, 60_000);

  it('cancels a read in flight on terminate and leaves no thread running', async () => {
    const pixels = await labelPixels(CODES[0]!);
    const before = nodeThreadCount();
    const reader = createBarcodeThread();
    const reading = reader.read(pixels);
    while (nodeThreadCount() <= before) await new Promise((r) => setTimeout(r, 10));
    const cancelled = expect(reading).rejects.toBeInstanceOf(ReadCancelled);
    await reader.terminate();
    await cancelled;
    for (let i = 0; i < 100 && nodeThreadCount() > before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(nodeThreadCount()).toBeLessThanOrEqual(before);
    // Reading again starts a new worker.
    expect((await reader.read(pixels)).map((c) => c.text)).toEqual(['9780201379624']);
    await reader.terminate();
  }, 60_000);
});
