import fs from 'node:fs';
import path from 'node:path';

/** The library folders whose files are written under a temporary name, then renamed into place. */
const FOLDERS = ['originals', 'thumbs', 'model-input', 'models', 'engine'];

/** Old enough that no writer (this app or a CLI beside it) can still be busy with it. */
export const TEMP_FILE_GRACE_MS = 10 * 60 * 1000;

/**
 * Removes *.tmp files a crash left between writing and renaming. They are never read (the real
 * name appears only by rename), so they only waste disk; a fresh one may belong to a write in
 * progress in another process, so only those older than the grace period go. Returns the count.
 */
export function sweepTempFiles(libraryDir: string, now = Date.now(), graceMs = TEMP_FILE_GRACE_MS): number {
  let removed = 0;
  const visit = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // Not created yet: nothing was ever written there.
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth > 0) visit(full, depth - 1);
      else if (entry.isFile() && entry.name.endsWith('.tmp') && removeIfOld(full, now - graceMs)) removed++;
    }
  };
  // originals/ and models/ keep their files one folder down (originals/ab/…, models/<id>/…).
  for (const folder of FOLDERS) visit(path.join(libraryDir, folder), 1);
  return removed;
}

function removeIfOld(file: string, cutoff: number): boolean {
  try {
    if (fs.statSync(file).mtimeMs > cutoff) return false;
    fs.rmSync(file);
    return true;
  } catch {
    return false; // Renamed or removed meanwhile by its writer.
  }
}
