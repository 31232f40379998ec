import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DecodeHeicReply } from './decode-heic-protocol';
import { locateHeicWorker } from './decode-heic-worker-url';
import { PhotoImportError } from './import-error';

/** RGBA pixels decoded from a HEIC file, already rotated as the file asks (libheif applies it). */
export interface DecodedHeic {
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
  /** True when every pixel is fully opaque (the usual camera photo), so alpha can be dropped. */
  opaque: boolean;
}

export interface HeicDecoder {
  /** Rejects with PhotoImportError 'unsupported' or 'too_large', as decodeHeic documents. */
  decode(bytes: Uint8Array, maxPixels: number): Promise<DecodedHeic>;
  /** Stops every worker and rejects what is still waiting; a later decode starts afresh. */
  close(): Promise<void>;
}

export interface HeicDecoderOptions {
  /** Default: one core left for the event loop and sharp, at least one worker. */
  maxWorkers?: number;
  /** An idle worker is stopped after this long: WebAssembly memory never shrinks after a big photo. */
  idleMs?: number;
  /** Starts one worker; default the real HEIC worker. */
  startWorker?: () => Promise<Worker>;
}

interface Job {
  bytes: Uint8Array;
  maxPixels: number;
  resolve(decoded: DecodedHeic): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  idleTimer?: NodeJS.Timeout;
  crash?: unknown;
}

/**
 * A small pool of worker threads that decode HEIC files off the main thread. Workers start on
 * first use, are unref'd while idle (they never keep the process alive) and ref'd while decoding
 * (an awaited decode does keep it alive). A worker that crashes, or whose decode failed (libheif's
 * WebAssembly may be left aborted), is replaced: only that photo fails.
 */
export function createHeicDecoder(options: HeicDecoderOptions = {}): HeicDecoder {
  const maxWorkers = options.maxWorkers ?? Math.max(1, os.availableParallelism() - 1);
  const idleMs = options.idleMs ?? 15_000;
  const startWorker = options.startWorker ?? startHeicWorker;
  const queue: Job[] = [];
  const idle: Slot[] = [];
  const slots = new Set<Slot>();
  const pool = { starting: 0 };

  function pump(): void {
    while (queue.length > 0 && idle.length > 0) {
      const slot = idle.pop()!;
      clearTimeout(slot.idleTimer);
      run(slot, queue.shift()!);
    }
    while (pool.starting < queue.length && slots.size + pool.starting < maxWorkers) void addWorker();
  }

  async function addWorker(): Promise<void> {
    pool.starting++;
    let worker: Worker;
    try {
      worker = await startWorker();
    } catch (err) {
      pool.starting--;
      queue.shift()?.reject(heicFailure(err));
      pump();
      return;
    }
    pool.starting--;
    const slot: Slot = { worker };
    slots.add(slot);
    worker.on('message', (reply: DecodeHeicReply) => finish(slot, reply));
    worker.on('error', (err) => {
      slot.crash = err;
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      const at = idle.indexOf(slot);
      if (at >= 0) idle.splice(at, 1);
      clearTimeout(slot.idleTimer);
      slot.job?.reject(heicFailure(slot.crash ?? new Error(`HEIC worker exited with code ${code}`)));
      slot.job = undefined;
      pump();
    });
    park(slot);
    pump();
  }

  function run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    // A copy of just this photo's bytes, moved to the worker: the caller keeps its own buffer.
    const bytes = new Uint8Array(job.bytes);
    slot.worker.postMessage({ bytes, maxPixels: job.maxPixels }, [bytes.buffer]);
  }

  function finish(slot: Slot, reply: DecodeHeicReply): void {
    const job = slot.job;
    if (!job) return;
    slot.job = undefined;
    if (reply.ok) {
      const data = Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength);
      job.resolve({ data, width: reply.width, height: reply.height, channels: 4, opaque: reply.opaque });
      park(slot);
      pump();
      return;
    }
    job.reject(new PhotoImportError(reply.code, reply.detail));
    // Its 'exit' handler removes it and starts a replacement if photos are waiting.
    void slot.worker.terminate();
  }

  function park(slot: Slot): void {
    slot.worker.unref();
    idle.push(slot);
    slot.idleTimer = setTimeout(() => void slot.worker.terminate(), idleMs).unref();
  }

  return {
    decode(bytes, maxPixels) {
      return new Promise<DecodedHeic>((resolve, reject) => {
        queue.push({ bytes, maxPixels, resolve, reject });
        pump();
      });
    },
    async close() {
      const closed = new Error('The HEIC decoder was closed before this photo was decoded.');
      for (const job of queue.splice(0)) job.reject(closed);
      const stopping = [...slots].map((slot) => {
        slot.job?.reject(closed);
        slot.job = undefined;
        return slot.worker.terminate();
      });
      await Promise.all(stopping);
    },
  };
}

export async function startHeicWorker(): Promise<Worker> {
  return new Worker(await locateHeicWorker());
}

/** What a photo whose worker died is told: the same sentence as any undecodable HEIC. */
function heicFailure(cause: unknown): PhotoImportError {
  const err = new PhotoImportError('unsupported', 'HEIC');
  err.cause = cause;
  return err;
}
