import type { Db } from '../db/open-database';
import { ETA_WINDOW, estimateEtaSeconds } from './estimate-eta';
import { readJobCounts, readRecentDurations, type JobCounts } from './jobs';

export interface JobProgress {
  jobId: number;
  done: number;
  failed: number;
  remaining: number;
  /** Null until an item has finished and there is something to base a guess on. */
  etaSeconds: number | null;
  lastProductId: number | null;
}

export function remainingOf(counts: JobCounts): number {
  return counts.pending + counts.running;
}

/** The job's progress as stored, so it is right after a restart too. */
export function readJobProgress(db: Db, jobId: number, concurrency: number, lastProductId: number | null): JobProgress {
  const counts = readJobCounts(db, jobId);
  const remaining = remainingOf(counts);
  const eta = estimateEtaSeconds(readRecentDurations(db, jobId, ETA_WINDOW), remaining, concurrency);
  return { jobId, done: counts.done, failed: counts.failed, remaining, etaSeconds: eta ?? null, lastProductId };
}
