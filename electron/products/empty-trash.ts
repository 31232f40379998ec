import type { Db } from '../db/open-database';
import { deleteProductsForGood } from './delete-products-for-good';
import { inTrash } from './in-library';

/** How long a product waits in the Trash before it is deleted for good. */
export const TRASH_DAYS = 30;

/** Deletes everything in the Trash for good, image files included. Resolves to the count. */
export function emptyTrash(db: Db, libraryDir: string): Promise<number> {
  return deleteProductsForGood(db, libraryDir, inTrash('p'));
}

/**
 * Deletes for good what has been in the Trash longer than TRASH_DAYS. Run in the background when
 * the library opens: it waits for the event loop to turn, so opening never waits for it, and it
 * never rejects (a library closed meanwhile, or a locked file, just waits for the next open).
 */
export async function purgeExpiredTrash(db: Db, libraryDir: string, now = Date.now()): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  if (!db.open) return 0;
  const cutoff = new Date(now - TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString();
  try {
    return await deleteProductsForGood(db, libraryDir, `${inTrash('p')} AND p.deleted_at <= ?`, [cutoff]);
  } catch {
    return 0;
  }
}
