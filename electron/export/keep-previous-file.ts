import fs from 'node:fs';
import path from 'node:path';
import { keptPreviousName } from './kept-previous-name';

/** Codes for a disk that cannot hard-link (FAT/exFAT sticks, some network shares): copy instead. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EACCES']);
const MAX_ATTEMPTS = 1000;

/**
 * Before a finished export is renamed over `file`, the file already there is kept beside it under
 * a free "(earlier …)" name, so an owner's file or a hand-edited earlier export is never lost.
 * A hard link (or, where the disk has none, a copy) is made under the new name and fails when
 * that name is taken, so keeping never replaces anything itself, even if another program creates
 * the same name meanwhile; and `file` stays in place until the rename swaps the new one in.
 * Resolves to the kept path, or null when there was nothing at `file`.
 */
export async function keepPreviousFile(file: string): Promise<string | null> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.lstat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let linksWork = true;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const kept = path.join(path.dirname(file), keptPreviousName(path.basename(file), stat.mtime, attempt));
    try {
      if (linksWork) await fs.promises.link(file, kept);
      else await fs.promises.copyFile(file, kept, fs.constants.COPYFILE_EXCL);
      return kept;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') continue;
      if (linksWork && NO_LINKS.has(code)) {
        linksWork = false;
        attempt--;
        continue;
      }
      throw err;
    }
  }
  throw new Error(`No free name was left beside ${file} to keep the earlier file under.`);
}
