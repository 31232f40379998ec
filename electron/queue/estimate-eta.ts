/** How many recent item durations the ETA looks at: recent speed beats the whole job's average. */
export const ETA_WINDOW = 20;

/**
 * Seconds until the job's remaining items are done, from how long recent items took and how many
 * run at once. Undefined until at least one item has finished: a guess from nothing misleads.
 */
export function estimateEtaSeconds(durationsSeconds: readonly number[], remaining: number, concurrency: number): number | undefined {
  if (remaining <= 0) return 0;
  const recent = durationsSeconds.slice(-ETA_WINDOW).filter((d) => Number.isFinite(d) && d >= 0);
  if (recent.length === 0) return undefined;
  const mean = recent.reduce((sum, d) => sum + d, 0) / recent.length;
  const lanes = Math.max(1, Math.min(Math.floor(concurrency), remaining));
  return Math.round((mean * remaining) / lanes);
}
