import type { Db } from '../db/open-database';
import { nextUnreadPhoto, saveReadError, saveReading } from './evidence-store';
import { createBarcodeThread } from './barcode-thread';
import { createLabelReader, ReadCancelled } from './label-reader';
import { PhotoReadError, readPhoto, type PhotoToRead } from './read-photo';

/**
 * Reads label text and barcodes from every photo that has none yet, one photo at a time, in the
 * background. OCR runs in tesseract.js's worker thread and barcodes in zxing's (barcode-thread.ts),
 * so neither stalls the main thread; the queue is the photos table itself.
 */
export interface EvidenceReader {
  /** Photos may have been added: reads every unread one. Reading starts on its own at open. */
  wake(): void;
  /** Runs an import while the reader starts no new photo, so reading never competes with it. */
  holdWhile<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once no photo is left to read, or the reader stopped. Never rejects. */
  whenIdle(): Promise<void>;
  /** Stops reading: the read in flight is abandoned (the photo stays unread) and the worker threads end. */
  stop(): Promise<void>;
}

export interface EvidenceReaderOptions {
  /** Told about failures that are not the photo's fault (a worker crash): for the log. */
  onUnexpected?: (err: unknown, photo?: PhotoToRead) => void;
}

export function createEvidenceReader(db: Db, libraryDir: string, opts: EvidenceReaderOptions = {}): EvidenceReader {
  const labels = createLabelReader();
  const barcodes = createBarcodeThread();
  const endWorkers = () => Promise.all([labels.terminate(), barcodes.terminate()]);
  let stopped = false;
  let wakeAgain = false;
  let draining: Promise<void> | null = null;
  let holds = 0;
  let released: (() => void)[] = [];

  const noHolds = (): Promise<void> => (holds === 0 ? Promise.resolve() : new Promise((resolve) => released.push(resolve)));

  const readOne = async (photo: PhotoToRead): Promise<void> => {
    try {
      const reading = await readPhoto(libraryDir, photo, labels, barcodes);
      if (!stopped) saveReading(db, photo.id, reading);
    } catch (err) {
      if (stopped || err instanceof ReadCancelled) return;
      if (err instanceof PhotoReadError) return saveReadError(db, photo.id, err.message);
      opts.onUnexpected?.(err, photo);
      // A worker may be what broke: the next photo gets fresh ones.
      await endWorkers();
      saveReadError(db, photo.id, `${photo.originalName}: its label and barcode could not be read (${err instanceof Error ? err.message : String(err)}).`);
    }
  };

  const drain = async (): Promise<void> => {
    try {
      do {
        wakeAgain = false;
        for (;;) {
          await noHolds();
          if (stopped) return;
          const photo = nextUnreadPhoto(db);
          if (!photo) break;
          await readOne(photo);
        }
      } while (wakeAgain && !stopped);
    } catch (err) {
      // Only the database itself failing lands here (closed under us); the reader gives up until the next open.
      if (!stopped) opts.onUnexpected?.(err);
    } finally {
      // Idle: give the worker threads' memory back; the next wake starts new ones.
      await endWorkers();
    }
  };

  const start = (): void => {
    draining = drain().finally(() => {
      draining = null;
      // A wake that came while the worker was being let go.
      if (wakeAgain && !stopped) start();
    });
  };

  return {
    wake() {
      if (stopped) return;
      wakeAgain = true;
      if (!draining) start();
    },
    async holdWhile(work) {
      holds++;
      try {
        return await work();
      } finally {
        holds--;
        if (holds === 0) {
          const waiting = released;
          released = [];
          waiting.forEach((resolve) => resolve());
        }
      }
    },
    async whenIdle() {
      while (draining) await draining;
    },
    async stop() {
      stopped = true;
      released.forEach((resolve) => resolve());
      released = [];
      await endWorkers();
      while (draining) await draining;
    },
  };
}
