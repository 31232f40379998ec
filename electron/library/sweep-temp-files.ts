import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The library folders whose files are written under a temporary name, then renamed into place. */
const FOLDERS = ['originals', 'thumbs', 'model-input', 'models', 'engine'];

/** Old enough that no writer (this app or a CLI beside it) can still be busy with it. */
export const TEMP_FILE_GRACE_MS = 10 * 60 * 1000;

/**
 * Removes *.tmp files a crash left between writing and renaming. They are never read (the real
 * name appears only by rename), so they only waste disk; a fresh one may belong to a write in
 * progress in another process, so only those older than the grace period go. Asynchronous and
 * never rejecting: a large library holds tens of thousands of names, which start-up need not wait
 * for. Resolves to the count removed.
 */
export async function sweepTempFiles(libraryDir: string, now = Date.now(), graceMs = TEMP_FILE_GRACE_MS): Promise<number> {
  let removed = 0;
  const visit = async (dir: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // Not created yet (nothing was ever written there), or gone meanwhile.
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth > 0) await visit(full, depth - 1);
      else if (entry.isFile() && entry.name.endsWith('.tmp') && (await removeIfOld(full, now - graceMs))) removed++;
    }
  };
  // originals/ and models/ keep their files one folder down (originals/ab/…, models/<id>/…).
  for (const folder of FOLDERS) await visit(path.join(libraryDir, folder), 1);
  return removed;
}

async function removeIfOld(file: string, cutoff: number): Promise<boolean> {
  try {
    if ((await fs.stat(file)).mtimeMs > cutoff) return false;
    await fs.rm(file);
    return true;
  } catch {
    return false; // Renamed or removed meanwhile by its writer.
  }
}
