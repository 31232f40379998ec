import { Worker } from 'node:worker_threads';
import type { BarcodeReply } from './barcode-protocol';
import { toReadBarcodes, type BarcodeReader, type ReadBarcode, type RgbaPixels } from './barcode-reader';
import { locateBarcodeWorker } from './barcode-worker-url';
import { ReadCancelled } from './label-reader';

interface Pending {
  resolve(codes: ReadBarcode[]): void;
  reject(err: Error): void;
}

export interface BarcodeThreadOptions {
  /** Starts the worker; default the real barcode worker. */
  startWorker?: () => Promise<Worker>;
}

export async function startBarcodeWorker(): Promise<Worker> {
  return new Worker(await locateBarcodeWorker());
}

/**
 * Reads barcodes in one worker thread, started on the first read (see barcode-worker.ts). The
 * worker is ref'd only while a read is waiting, so an idle one never keeps the process alive. A
 * worker that crashes fails the reads it held and is replaced on the next read.
 */
export function createBarcodeThread(options: BarcodeThreadOptions = {}): BarcodeReader {
  const startWorker = options.startWorker ?? startBarcodeWorker;
  let worker: Promise<Worker> | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const failAll = (err: Error) => {
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach((p) => p.reject(err));
  };

  const start = (): Promise<Worker> => {
    if (worker) return worker;
    const starting = startWorker().then((w) => {
      let crash: Error | undefined;
      w.on('message', (reply: BarcodeReply) => {
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        pending.delete(reply.id);
        if (pending.size === 0) w.unref();
        if (reply.ok) waiting.resolve(toReadBarcodes(reply.found));
        else waiting.reject(new Error(`the barcode reader failed (${reply.message})`));
      });
      w.on('error', (err) => (crash = err));
      w.on('exit', (code) => {
        // Only the current worker's end fails what waits; terminate() already settled its reads.
        if (worker !== starting) return;
        worker = null;
        failAll(new Error(`the barcode reader stopped (${crash?.message ?? `exit code ${code}`})`));
      });
      w.unref();
      return w;
    });
    worker = starting;
    // A worker that could not start fails the read that asked; the next read tries again.
    starting.catch(() => {
      if (worker === starting) worker = null;
    });
    return starting;
  };

  return {
    async read(pixels: RgbaPixels) {
      const starting = start();
      const w = await starting;
      // terminate() came while the worker was starting: this read is cancelled with the others.
      if (worker !== starting) throw new ReadCancelled();
      const id = nextId++;
      return new Promise<ReadBarcode[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        // A copy of just these pixels, moved to the worker: the caller keeps its own buffer.
        const data = new Uint8Array(pixels.data);
        w.postMessage({ id, data, width: pixels.width, height: pixels.height }, [data.buffer]);
      });
    },
    async terminate() {
      const current = worker;
      worker = null;
      failAll(new ReadCancelled());
      if (current) await (await current.catch(() => null))?.terminate();
    },
  };
}
