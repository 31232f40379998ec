import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** report.csv → report-images, next to the file: the folder the user uploads. */
export function imagesFolderFor(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-images`);
}

export interface StagedFolder {
  /** Where files go while the export runs. */
  readonly staging: string;
  /** Replaces the final folder with the staged one. */
  publish(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * A hidden folder beside the final one, swapped in at the end, so a failed export leaves the
 * previous images folder as it was and never a half-filled one.
 */
export async function stageFolder(finalDir: string): Promise<StagedFolder> {
  const staging = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.${randomUUID().slice(0, 8)}.partial`);
  await fs.promises.mkdir(staging);
  return {
    staging,
    async publish() {
      await fs.promises.rm(finalDir, { recursive: true, force: true });
      await fs.promises.rename(staging, finalDir);
    },
    async discard() {
      await fs.promises.rm(staging, { recursive: true, force: true });
    },
  };
}
