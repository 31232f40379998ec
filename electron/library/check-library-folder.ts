import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/** The database file that makes a folder a library. */
export const LIBRARY_DATABASE = 'library.sqlite';

/** missing: no such path; not-a-folder: a file sits there; new: a folder without a library yet; library: it has one. */
export type LibraryFolderState = 'missing' | 'not-a-folder' | 'new' | 'library';

export function libraryFolderState(dir: string): LibraryFolderState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'ENOTDIR') return 'not-a-folder';
    throw err;
  }
  if (!stat.isDirectory()) return 'not-a-folder';
  return fs.existsSync(path.join(dir, LIBRARY_DATABASE)) ? 'library' : 'new';
}

/**
 * Whether a library may be opened at `dir` and whether opening it creates one. Only the commands
 * that bring photos in create a library; any other one given a mistyped folder must say so, not
 * quietly open a new empty library and report nothing to do.
 */
export function decideLibraryOpen(dir: string, state: LibraryFolderState, mayCreate: boolean): { creates: boolean } {
  if (state === 'not-a-folder') {
    throw new AppError('invalid_input', `${dir} is a file, not a library folder. Give the folder that holds library.sqlite (--library or LISTING_STUDIO_LIBRARY).`);
  }
  if (state === 'library') return { creates: false };
  if (!mayCreate) {
    throw new AppError(
      'not_found',
      `There is no library at ${dir}. Check the folder name (--library or LISTING_STUDIO_LIBRARY); to start a new library there, import photos into it: listing-studio import <photos> --library ${dir}`,
    );
  }
  return { creates: true };
}
