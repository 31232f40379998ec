import fs from 'node:fs';
import path from 'node:path';
import { photoSourcePath } from './image-sources';
import type { PlannedImage } from './image-names';

/** How many copies run at once: enough to hide disk latency, few enough to keep memory flat. */
const IN_FLIGHT = 8;

export interface ImageCopier {
  add(images: readonly PlannedImage[]): Promise<void>;
  /** Waits for every copy; returns how many files were copied, or throws the first failure. */
  finish(): Promise<number>;
}

/** Copies planned images into `dir` a few at a time, as the rows that name them are written. */
export function createImageCopier(libraryDir: string, dir: string): ImageCopier {
  const pending = new Set<Promise<void>>();
  let copied = 0;
  let failure: Error | undefined;
  const copyOne = async (image: PlannedImage) => {
    const source = photoSourcePath(libraryDir, image.photo, image.source);
    try {
      await fs.promises.copyFile(source, path.join(dir, image.fileName));
      copied++;
    } catch (err) {
      failure ??= new Error(`Could not copy ${source} to the images folder as ${image.fileName}: ${(err as Error).message}`, { cause: err });
    }
  };
  return {
    async add(images) {
      for (const image of images) {
        if (failure) throw failure;
        const job = copyOne(image).finally(() => pending.delete(job));
        pending.add(job);
        if (pending.size >= IN_FLIGHT) await Promise.race(pending);
      }
    },
    async finish() {
      await Promise.all(pending);
      if (failure) throw failure;
      return copied;
    },
  };
}
