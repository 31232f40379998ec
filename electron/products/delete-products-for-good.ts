import fs from 'node:fs/promises';
import type { Db } from '../db/open-database';
import type { ImageFormat } from '../photos/image-format';
import { photoFiles } from '../photos/library-paths';

interface DeletedPhoto {
  sha256: string;
  format: ImageFormat;
}

/**
 * Deletes products for good, only ever from the Trash: their photos rows, drafts, revisions,
 * export records and the products merged into them (ON DELETE CASCADE), in one transaction, then
 * their image files: each original is stored once (photos are unique by content), so no other
 * product can still need them. `where` picks the products, over `products p`. Resolves to the count.
 */
export async function deleteProductsForGood(db: Db, libraryDir: string, where: string, params: readonly unknown[] = []): Promise<number> {
  const { deleted, photos } = db
    .transaction(() => {
      const ids = db.prepare<unknown[], number>(`SELECT p.id FROM products p WHERE ${where}`).pluck().all(...params);
      const photosOf = db.prepare<[number], DeletedPhoto>('SELECT sha256, format FROM photos WHERE product_id = ?');
      const remove = db.prepare<[number]>('DELETE FROM products WHERE id = ?');
      const gone: DeletedPhoto[] = [];
      for (const id of ids) {
        gone.push(...photosOf.all(id));
        remove.run(id);
      }
      return { deleted: ids.length, photos: gone };
    })
    .immediate();
  // After the commit: a crash in between leaves only unreferenced files behind (swept on the next
  // open), never a row without its file.
  await Promise.all(
    photos.flatMap((p) => Object.values(photoFiles(libraryDir, p.sha256, p.format))).map((file) => fs.rm(file, { force: true })),
  );
  return deleted;
}
