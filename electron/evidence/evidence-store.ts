import type { Db } from '../db/open-database';
import type { PhotoReading, PhotoToRead } from './read-photo';

/**
 * The oldest photo with no photo_evidence row: the reader's queue lives in SQLite, so photos
 * imported before a quit are read on the next open.
 */
export function nextUnreadPhoto(db: Db): PhotoToRead | null {
  const row = db
    .prepare(
      `SELECT p.id, p.sha256, p.format, p.original_name AS originalName
         FROM photos p LEFT JOIN photo_evidence e ON e.photo_id = p.id
        WHERE e.photo_id IS NULL
        ORDER BY p.id LIMIT 1`,
    )
    .get() as PhotoToRead | undefined;
  return row ?? null;
}

/** How many photos still wait to be read. */
export function countUnreadPhotos(db: Db): number {
  return db.prepare('SELECT COUNT(*) FROM photos p LEFT JOIN photo_evidence e ON e.photo_id = p.id WHERE e.photo_id IS NULL').pluck().get() as number;
}

/** Stores what was read; a photo deleted while it was being read gets no row. */
export function saveReading(db: Db, photoId: number, reading: PhotoReading): void {
  db.prepare(
    `INSERT OR REPLACE INTO photo_evidence (photo_id, ocr_text, ocr_words, barcodes, read_at, error)
     SELECT id, ?, ?, ?, ?, NULL FROM photos WHERE id = ?`,
  ).run(reading.ocrText, JSON.stringify(reading.ocrWords), JSON.stringify(reading.barcodes), new Date().toISOString(), photoId);
}

/** Stores why the photo could not be read, so it is not retried on every open. */
export function saveReadError(db: Db, photoId: number, message: string): void {
  db.prepare(
    `INSERT OR REPLACE INTO photo_evidence (photo_id, read_at, error)
     SELECT id, ?, ? FROM photos WHERE id = ?`,
  ).run(new Date().toISOString(), message, photoId);
}
