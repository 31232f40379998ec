import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_EXTENSIONS } from './image-format';
import { describeImportError, describeFsError, type ImportFileError } from './import-error';

export interface CollectedFiles {
  /** Files to import, in the order given; a folder's files in natural name order. */
  files: string[];
  /** Paths that could not be read at all. */
  errors: ImportFileError[];
}

/**
 * Expands dropped paths into files. Folders are walked recursively, quietly skipping hidden
 * entries and names without an image extension (a folder holds sidecars, .DS_Store, PDFs…).
 * A file given explicitly is always kept: its bytes decide later whether it is an image.
 */
export async function collectImageFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const errors: ImportFileError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };

  for (const given of paths) {
    const resolved = path.resolve(given);
    try {
      const stat = await fs.stat(resolved);
      if (stat.isDirectory()) {
        for (const file of await walkFolder(resolved, errors)) add(file);
      } else {
        add(resolved);
      }
    } catch (err) {
      errors.push({ file: resolved, code: 'unreadable', message: describeImportError(resolved, 'unreadable', describeFsError(err)) });
    }
  }
  return { files, errors };
}

/** A sub-folder that cannot be listed is reported and skipped; the rest of the walk goes on. */
async function walkFolder(dir: string, errors: ImportFileError[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push({ file: dir, code: 'unreadable', message: describeImportError(dir, 'unreadable', describeFsError(err)) });
    return [];
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' }));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    // Symlinked folders are not followed: they can loop back up the tree.
    if (entry.isDirectory()) found.push(...(await walkFolder(full, errors)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && IMAGE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(full);
  }
  return found;
}
