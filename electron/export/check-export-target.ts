import path from 'node:path';
import { AppError } from '../../shared/errors';

/** Each refusal here is fixed by choosing another place: the dialog offers its chooser beside it. */
const CHOOSE_FOLDER = 'choose_export_folder';

/** The library's own export folder: the app suggests files here, so it is the one place inside the library an export may go. */
export const LIBRARY_EXPORTS_FOLDER = 'exports';

export type PathKind = 'missing' | 'file' | 'folder' | 'other';

/** What the disk says about an export's output path, gathered by readExportTargetFacts. */
export interface ExportTargetFacts {
  /** The output file as the user gave it (absolute). */
  outputPath: string;
  /** The same file with every link, `..` and `.` resolved, as far as the path exists. */
  realOutput: string;
  outputKind: PathKind;
  parentKind: PathKind;
  libraryDir: string;
  realLibrary: string;
  /** macOS and Windows disks ignore case, so Library/LIBRARY.sqlite is the database too. */
  caseInsensitive: boolean;
}

export interface ExportTargetPlan {
  /** The library's export folder is missing: the export makes it. */
  createParent: boolean;
}

/**
 * Decides whether an export may write `outputPath`, before anything is written. Refuses a path
 * inside the library folder (its database, photos and models must never be replaced by a CSV)
 * except the library's exports folder, a path that is a folder, and a folder that does not exist.
 */
export function checkExportTarget(f: ExportTargetFacts): ExportTargetPlan {
  const exportsDir = path.join(f.realLibrary, LIBRARY_EXPORTS_FOLDER);
  const inExports = isInside(f.realOutput, exportsDir, f.caseInsensitive) && !samePath(f.realOutput, exportsDir, f.caseInsensitive);
  if (isInside(f.realOutput, f.realLibrary, f.caseInsensitive) && !inExports) {
    throw new AppError(
      'forbidden',
      `${f.outputPath} is inside the library folder ${f.libraryDir}, where Listing Studio keeps your photos and drafts; an export there could damage the library. Save the export somewhere else, for example in your Documents folder.`,
      CHOOSE_FOLDER,
    );
  }
  if (f.outputKind === 'folder') {
    throw new AppError('invalid_input', `${f.outputPath} is a folder. Give a file name inside it, for example ${path.join(f.outputPath, 'listings.csv')}.`, CHOOSE_FOLDER);
  }
  if (f.outputKind === 'other') {
    throw new AppError('invalid_input', `${f.outputPath} is not an ordinary file. Choose another file name for the export.`, CHOOSE_FOLDER);
  }
  const parent = path.dirname(f.outputPath);
  if (f.parentKind === 'missing') {
    if (inExports && samePath(path.dirname(f.realOutput), exportsDir, f.caseInsensitive)) return { createParent: true };
    throw new AppError('not_found', `The folder ${parent} does not exist. Choose another place to save the export.`, CHOOSE_FOLDER);
  }
  if (f.parentKind !== 'folder') {
    throw new AppError('invalid_input', `${parent} is a file, not a folder. Choose a folder to save the export in.`, CHOOSE_FOLDER);
  }
  return { createParent: false };
}

function normalise(p: string, caseInsensitive: boolean): string {
  const resolved = path.resolve(p);
  return caseInsensitive ? resolved.toLowerCase() : resolved;
}

function samePath(a: string, b: string, caseInsensitive: boolean): boolean {
  return normalise(a, caseInsensitive) === normalise(b, caseInsensitive);
}

/** True when `p` is `dir` or below it. */
export function isInside(p: string, dir: string, caseInsensitive: boolean): boolean {
  const rel = path.relative(normalise(dir, caseInsensitive), normalise(p, caseInsensitive));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
