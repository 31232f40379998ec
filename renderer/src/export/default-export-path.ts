import type { ExportTarget } from '../../../shared/domain/platform-limits';

/** Google Merchant Center takes a tab-separated .txt feed; every other target a .csv. */
export function exportExtension(target: ExportTarget): string {
  return target === 'google' ? 'txt' : 'csv';
}

/** "shopify-2025-03-14.csv": a file name that sorts by date and says where it goes. */
export function defaultExportName(target: ExportTarget, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return `${target}-${day}.${exportExtension(target)}`;
}

/** Joins a folder the core gave us with a file name, keeping that folder's separator style. */
export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return `${dir.replace(/[\\/]+$/, '')}${sep}${name}`;
}

/** True when the path's file name is one defaultExportName made, so it may follow the target. */
export function isSuggestedName(filePath: string): boolean {
  const name = filePath.split(/[\\/]/).pop() ?? '';
  return /^[a-z]+-\d{4}-\d{2}-\d{2}\.(csv|txt)$/.test(name);
}
