export interface ProgressLine {
  label: string;
  done: number;
  total: number;
  failed?: number;
  etaSeconds?: number | null;
}

/** One line of progress for a terminal: "Generating [#####-----] 12/40  1 failed  ETA 2m 05s". */
export function renderProgressBar(p: ProgressLine, width = 24): string {
  const total = Math.max(0, p.total);
  const share = total === 0 ? 1 : Math.min(1, Math.max(0, p.done / total));
  const filled = Math.round(share * width);
  const parts = [`${p.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${total}`];
  if (p.failed) parts.push(`${p.failed} failed`);
  if (p.etaSeconds !== undefined && p.etaSeconds !== null && p.done < total) parts.push(`ETA ${formatDuration(p.etaSeconds)}`);
  return parts.join('  ');
}

/** 75 → "1m 15s", 3600 → "1h 00m", 9 → "9s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
