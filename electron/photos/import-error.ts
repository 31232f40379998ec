import path from 'node:path';

export type ImportErrorCode = 'empty' | 'corrupt' | 'not_image' | 'unsupported' | 'too_large' | 'unreadable' | 'save_failed';

/** One file that did not import: `file` is the path given, `message` a sentence for the shop owner. */
export interface ImportFileError {
  file: string;
  code: ImportErrorCode;
  message: string;
}

/** A failure of one photo, carrying what the message needs; turned into an ImportFileError at the edge. */
export class PhotoImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** Extra fact for the message: the format label, the dimensions, or the system's reason. */
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'PhotoImportError';
  }
}

/** The sentence shown for a failed file: names it, says what happened and what to do. */
export function describeImportError(file: string, code: ImportErrorCode, detail = ''): string {
  const name = path.basename(file);
  switch (code) {
    case 'empty':
      return `${name}: the file is empty (0 bytes); copy it again from where the photo came from.`;
    case 'corrupt':
      return `${name}: the file is truncated or damaged; export it again from your camera app.`;
    case 'not_image':
      return `${name}: this is not a photo Listing Studio can read; use JPEG, PNG, WebP, AVIF, TIFF, GIF or HEIC files.`;
    case 'unsupported':
      return detail === 'HEIC'
        ? `${name}: this HEIC photo could not be decoded; export it as JPEG from your Photos app (or set the camera to "Most Compatible") and drop it again.`
        : `${name}: ${detail || 'this'} images are not supported; save it as JPEG or PNG and drop it again.`;
    case 'too_large':
      return `${name}: the image is too large (${detail || 'over 100 megapixels'}); resize it to under 100 megapixels and drop it again.`;
    case 'unreadable':
      return `${name}: the file could not be read (${detail || 'unknown reason'}); check that it still exists and that you may open it.`;
    case 'save_failed':
      return `${name}: the photo could not be saved to the library (${detail || 'unknown reason'}); check free disk space and try again.`;
  }
}

export function toImportFileError(file: string, err: PhotoImportError): ImportFileError {
  return { file, code: err.code, message: describeImportError(file, err.code, err.detail) };
}

/** Maps a decoder's exception to an import error; anything not recognised is a damaged file. */
export function classifyDecodeError(err: unknown): PhotoImportError {
  if (err instanceof PhotoImportError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(message)) return new PhotoImportError('too_large');
  if (/unsupported image format/i.test(message)) return new PhotoImportError('not_image');
  return new PhotoImportError('corrupt', message);
}

/** Maps a file-system exception to a short reason (ENOENT → "not found"). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
