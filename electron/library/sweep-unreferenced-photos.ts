import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/open-database';

/**
 * An import writes a photo's original and renditions first and its row after (so a row never
 * points at a missing file). A CLI import running beside the app may have written files a moment
 * ago whose row is about to land, so a file this young is never taken for a leftover; ten minutes
 * is far longer than any one photo spends between its files and its row.
 */
export const UNREFERENCED_GRACE_MS = 10 * 60 * 1000;

/** The folders holding photo files named <sha256>.<ext> (originals one folder down, originals/ab/…). */
const FOLDERS: readonly { name: string; depth: number }[] = [
  { name: 'originals', depth: 1 },
  { name: 'thumbs', depth: 0 },
  { name: 'model-input', depth: 0 },
];

const PHOTO_FILE = /^([0-9a-f]{64})\.[a-z0-9]+$/;

/**
 * Removes image files that no photo row refers to, which an import killed between writing a
 * photo's files and saving its row leaves behind. A file whose hash any photo row has (in the
 * library, the Trash or a merge) is never touched, and neither is one younger than the grace
 * period. The row is looked up again just before removing, so an import that saved it meanwhile
 * keeps it. Asynchronous and never rejecting, for the background of opening a library; resolves
 * to the files removed.
 */
export async function sweepUnreferencedPhotos(db: Db, libraryDir: string, now = Date.now(), graceMs = UNREFERENCED_GRACE_MS): Promise<string[]> {
  const removed: string[] = [];
  if (!db.open) return removed;
  // One read of every hash up front (a 10,000-photo library answers in milliseconds), not a query per file.
  const known = new Set(db.prepare<[], string>('SELECT sha256 FROM photos').pluck().all());
  const lookup = db.prepare<[string], number>('SELECT 1 FROM photos WHERE sha256 = ?').pluck();
  const referencedNow = (sha: string): boolean => !db.open || lookup.get(sha) !== undefined;
  const visit = async (dir: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // Not created yet, or gone meanwhile.
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth > 0) await visit(full, depth - 1);
      const sha = entry.isFile() ? PHOTO_FILE.exec(entry.name)?.[1] : undefined;
      if (sha === undefined || known.has(sha)) continue;
      if (await removeIfOld(full, now - graceMs, () => referencedNow(sha))) removed.push(full);
    }
  };
  for (const folder of FOLDERS) await visit(path.join(libraryDir, folder.name), folder.depth);
  return removed;
}

async function removeIfOld(file: string, cutoff: number, referencedNow: () => boolean): Promise<boolean> {
  try {
    if ((await fs.stat(file)).mtimeMs > cutoff || referencedNow()) return false;
    await fs.rm(file);
    return true;
  } catch {
    return false; // Removed meanwhile, or the library closed: the next open looks again.
  }
}
