import fs from 'node:fs';
import path from 'node:path';
import type { ExportTargetFacts, PathKind } from './check-export-target';

/** Reads what checkExportTarget decides on: the kinds of the file and its folder, and real paths. */
export function readExportTargetFacts(outputPath: string, libraryDir: string, platform: NodeJS.Platform = process.platform): ExportTargetFacts {
  const output = path.resolve(outputPath);
  return {
    outputPath: output,
    realOutput: realPathSoFar(output),
    outputKind: kindOf(output),
    parentKind: kindOf(path.dirname(output)),
    libraryDir,
    realLibrary: realPathSoFar(path.resolve(libraryDir)),
    caseInsensitive: platform === 'darwin' || platform === 'win32',
  };
}

/** The real path of the longest part of `p` that exists, with the rest appended as written. */
export function realPathSoFar(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    const parent = path.dirname(p);
    if (parent === p) return p;
    return path.join(realPathSoFar(parent), path.basename(p));
  }
}

/** Follows links: a link to a folder counts as a folder. */
function kindOf(p: string): PathKind {
  try {
    const stat = fs.statSync(p);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A dangling link or a path through a file: nothing there to replace.
    return code === 'ENOENT' ? 'missing' : code === 'ENOTDIR' ? 'missing' : 'other';
  }
}
