import type { Db } from '../db/open-database';
import { purgeExpiredTrash } from '../products/empty-trash';
import { sweepTempFiles } from './sweep-temp-files';
import { sweepUnreferencedPhotos } from './sweep-unreferenced-photos';

export interface TidyResult {
  tempFiles: number;
  /** Products deleted for good after 30 days in the Trash. */
  expiredTrash: number;
  /** Image files no photo row referred to (an import killed part-way). */
  strayPhotoFiles: string[];
}

/**
 * What opening a library tidies, in the background: leftover temp files, products past their 30
 * days in the Trash, and image files an interrupted import left without a row. Never rejects.
 */
export async function tidyLibrary(db: Db, libraryDir: string): Promise<TidyResult> {
  const [tempFiles, expiredTrash] = await Promise.all([sweepTempFiles(libraryDir), purgeExpiredTrash(db, libraryDir)]);
  const strayPhotoFiles = await sweepUnreferencedPhotos(db, libraryDir);
  return { tempFiles, expiredTrash, strayPhotoFiles };
}
