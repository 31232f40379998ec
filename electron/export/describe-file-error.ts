import path from 'node:path';
import { AppError } from '../../shared/errors';

/** A folder that cannot be written, or a path that is no file, is fixed by choosing another place. */
const CHOOSE_FOLDER = 'choose_export_folder';

/**
 * Turns a file-system failure while writing an export into a sentence that names the folder and
 * what to do. `file` is the export file; errors without a code we know stay as they are (null).
 */
export function describeFileError(err: unknown, file: string): AppError | null {
  if (err instanceof AppError) return err;
  const code = errorCode(err);
  const dir = path.dirname(file);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('too_large', `The disk holding ${dir} is full, so ${path.basename(file)} was not written (an earlier file of that name is unchanged). Free some space or save the export on another disk, then export again.`, CHOOSE_FOLDER);
    case 'EROFS':
      return new AppError('forbidden', `${dir} is on a read-only disk, so ${path.basename(file)} was not written. Save the export in a folder you can write to, for example your Documents folder.`, CHOOSE_FOLDER);
    case 'EACCES':
    case 'EPERM':
      return new AppError('forbidden', `Listing Studio is not allowed to write in ${dir}, so ${path.basename(file)} was not written. Save the export in a folder you can write to, or change that folder's permissions.`, CHOOSE_FOLDER);
    case 'EISDIR':
      return new AppError('invalid_input', `${file} is a folder. Give a file name inside it, for example ${path.join(file, 'listings.csv')}.`, CHOOSE_FOLDER);
    case 'ENOTDIR':
      return new AppError('not_found', `The folder ${dir} is not a folder, so ${path.basename(file)} was not written. Choose another place to save the export.`, CHOOSE_FOLDER);
    default:
      return null;
  }
}

/** The errno code of the error or of its cause (copy failures wrap the original error). */
function errorCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}
