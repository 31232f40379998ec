import path from 'node:path';

/**
 * The name an earlier file keeps when an export is written under its name:
 * `listings.csv` last changed 2026-12-01 12:17 → `listings (earlier 2026-12-01 12.17).csv`, and
 * `listings (earlier 2026-12-01 12.17, 2).csv` on the second try when that name is taken.
 * The time is the earlier file's own (when it was last written), in the owner's local time, so it
 * matches what their file manager shows; a dot, not a colon, between hour and minute because
 * Windows refuses colons in file names. `attempt` starts at 1.
 */
export function keptPreviousName(fileName: string, modified: Date, attempt: number): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${modified.getFullYear()}-${two(modified.getMonth() + 1)}-${two(modified.getDate())} ${two(modified.getHours())}.${two(modified.getMinutes())}`;
  return `${stem} (earlier ${stamp}${attempt > 1 ? `, ${attempt}` : ''})${ext}`;
}
