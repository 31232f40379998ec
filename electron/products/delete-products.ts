import fs from 'node:fs/promises';
import type { Db } from '../db/open-database';
import type { ImageFormat } from '../photos/image-format';
import { photoFiles } from '../photos/library-paths';

export interface DeleteResult {
  deleted: number;
  /** Ids that were already gone; deleting is idempotent, so these are not an error. */
  missing: number[];
}

interface DeletedPhoto {
  sha256: string;
  format: ImageFormat;
}

/**
 * Deletes products with their photos rows, drafts, revisions and export records (ON DELETE
 * CASCADE), in one transaction, then their image files: each original is stored once (photos
 * are unique by content), so no other product can still need them.
 */
export async function deleteProducts(db: Db, libraryDir: string, productIds: readonly number[]): Promise<DeleteResult> {
  const { result, photos } = deleteProductRows(db, productIds);
  // After the commit: a crash in between leaves only unreferenced files behind, never a row without its file.
  await Promise.all(
    photos.flatMap((p) => Object.values(photoFiles(libraryDir, p.sha256, p.format))).map((file) => fs.rm(file, { force: true })),
  );
  return result;
}

function deleteProductRows(db: Db, productIds: readonly number[]): { result: DeleteResult; photos: DeletedPhoto[] } {
  return db
    .transaction(() => {
      const photosOf = db.prepare<[number], DeletedPhoto>('SELECT sha256, format FROM photos WHERE product_id = ?');
      const remove = db.prepare<[number]>('DELETE FROM products WHERE id = ?');
      const missing: number[] = [];
      const photos: DeletedPhoto[] = [];
      let deleted = 0;
      for (const id of new Set(productIds)) {
        const ofThis = photosOf.all(id);
        if (remove.run(id).changes > 0) {
          deleted++;
          photos.push(...ofThis);
        } else missing.push(id);
      }
      return { result: { deleted, missing }, photos };
    })
    .immediate();
}
