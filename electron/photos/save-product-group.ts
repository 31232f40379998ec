import path from 'node:path';
import type { Db } from '../db/open-database';
import type { ReadyPhoto } from './prepare-photo';

export interface SavedGroup {
  /** The new product, or null when every photo turned out to be in the library already. */
  productId: number | null;
  saved: { file: string; photoId: number }[];
  duplicates: { file: string; photoId: number }[];
}

/**
 * Inserts one product and its photos (positions 0…n-1 in the given order) in one transaction:
 * either the whole product lands or nothing does. A photo whose hash is already stored (another
 * import got there first) is reported as a duplicate instead.
 */
export function saveProductGroup(db: Db, groupKey: string | null, photos: readonly ReadyPhoto[]): SavedGroup {
  const findPhoto = db.prepare('SELECT id FROM photos WHERE sha256 = ?');
  const insertProduct = db.prepare('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  const insertPhoto = db.prepare(
    `INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, palette, palette_scene, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction((): SavedGroup => {
    const now = new Date().toISOString();
    const duplicates: SavedGroup['duplicates'] = [];
    const fresh: ReadyPhoto[] = [];
    for (const photo of photos) {
      const existing = findPhoto.get(photo.sha256) as { id: number } | undefined;
      if (existing) duplicates.push({ file: photo.file, photoId: existing.id });
      else fresh.push(photo);
    }
    if (fresh.length === 0) return { productId: null, saved: [], duplicates };
    const productId = Number(insertProduct.run(groupKey, now, now).lastInsertRowid);
    const saved = fresh.map((photo, position) => {
      const result = insertPhoto.run(
        productId,
        position,
        photo.sha256,
        path.basename(photo.file),
        photo.format,
        photo.width,
        photo.height,
        photo.bytes,
        JSON.stringify(photo.palette),
        photo.paletteScene,
        now,
      );
      return { file: photo.file, photoId: Number(result.lastInsertRowid) };
    });
    return { productId, saved, duplicates };
  }).immediate();
}
