export interface JobCounts {
  total: number;
  done: number;
  failed: number;
  remaining: number;
  etaSeconds: number | null;
}

/** "about 3 min left", "about 40 s left", or null while there is no estimate yet. */
export function formatEta(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return `about ${hours} h ${minutes} min left`;
}

/** "12 of 40 done · 1 failed · about 3 min left" and the bar's fraction; a paused job has no time left to tell. */
export function describeJobProgress(c: JobCounts, paused = false): { label: string; fraction: number } {
  const finished = c.done + c.failed;
  const total = Math.max(c.total, finished + c.remaining);
  const parts = [`${c.done} of ${total} done`];
  if (c.failed) parts.push(`${c.failed} failed`);
  const eta = c.remaining > 0 && !paused ? formatEta(c.etaSeconds) : null;
  if (eta) parts.push(eta);
  return { label: parts.join(' · '), fraction: total === 0 ? 0 : finished / total };
}
