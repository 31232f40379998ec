import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';

/** What OCR read on one image. */
export interface LabelText {
  /** The text as laid out, lines joined with newlines. */
  text: string;
  /**
   * Every word tesseract found, in reading order. None is dropped for low confidence: short
   * label words ("M" in "Size M") often score under 60, and dropping them cost more label words
   * than it saved (bench/truth/ocr-barcodes.ts); whoever compares claims with them decides.
   */
  words: string[];
}

/** Reads label text with one tesseract.js worker thread, started on the first read. */
export interface LabelReader {
  read(image: Buffer): Promise<LabelText>;
  /** Ends the worker thread; a read in flight rejects with a cancellation. Reading again starts a new one. */
  terminate(): Promise<void>;
}

export class ReadCancelled extends Error {
  constructor() {
    super('Reading was stopped.');
  }
}

/**
 * English data from @tesseract.js-data/eng (the "best_int" model: the accurate LSTM, integer
 * weights), read from node_modules so nothing is downloaded or cached outside the library.
 */
function englishDataDir(): string {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json');
  return path.join(path.dirname(pkg), '4.0.0_best_int');
}

export function createLabelReader(): LabelReader {
  let worker: Promise<Worker> | null = null;
  let cancel: ((err: Error) => void) | null = null;

  const start = (): Promise<Worker> => {
    worker ??= createWorker('eng', 1, { langPath: englishDataDir(), gzip: true, cacheMethod: 'none' });
    return worker;
  };

  return {
    async read(image) {
      // terminate() ends the thread without settling the job it was doing, so each read also
      // waits on a cancellation that terminate() fires.
      const cancelled = new Promise<never>((_, reject) => (cancel = reject));
      try {
        const w = await Promise.race([start(), cancelled]);
        const result = await Promise.race([w.recognize(image, {}, { text: true, blocks: true }), cancelled]);
        const words = (result.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text.trim()))));
        return { text: result.data.text.trim(), words: words.filter((w) => w !== '') };
      } finally {
        cancel = null;
      }
    },
    async terminate() {
      cancel?.(new ReadCancelled());
      const current = worker;
      worker = null;
      if (current) await (await current.catch(() => null))?.terminate();
    },
  };
}
