import { EXPORT_FILE_EXTENSIONS, type ExportTarget } from '../../../shared/domain/platform-limits';

const SUGGESTED_NAME = new RegExp(`^[a-z]+-\\d{4}-\\d{2}-\\d{2}\\.(${[...new Set(Object.values(EXPORT_FILE_EXTENSIONS))].join('|')})$`);

/** "shopify-2025-03-14.csv": a file name that sorts by date and says where it goes. */
export function defaultExportName(target: ExportTarget, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return `${target}-${day}.${EXPORT_FILE_EXTENSIONS[target]}`;
}

/** Joins a folder the core gave us with a file name, keeping that folder's separator style. */
export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return `${dir.replace(/[\\/]+$/, '')}${sep}${name}`;
}

/** True when the path's file name is one defaultExportName made, so it may follow the target. */
export function isSuggestedName(filePath: string): boolean {
  const name = filePath.split(/[\\/]/).pop() ?? '';
  return SUGGESTED_NAME.test(name);
}

/** Where the folder part of a path ends (after its last separator): 0 for a bare file name. */
export function folderPartLength(filePath: string): number {
  return Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1;
}
