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
  /** The products whose items are being written now (at most the job's concurrency). */
  runningProductIds: number[];
}

export function remainingOf(counts: JobCounts): number {
  return counts.pending + counts.running;
}

/** The job's progress as stored, so it is right after a restart too. */
export function readJobProgress(db: Db, jobId: number, concurrency: number, lastProductId: number | null): JobProgress {
  const counts = readJobCounts(db, jobId);
  const remaining = remainingOf(counts);
  const eta = estimateEtaSeconds(readRecentDurations(db, jobId, ETA_WINDOW), remaining, concurrency);
  return { jobId, done: counts.done, failed: counts.failed, remaining, etaSeconds: eta ?? null, lastProductId, runningProductIds: readJobProducts(db, jobId).running };
}

/** A job's products not yet written: those waiting their turn and those being written now, each in queue order. */
export function readJobProducts(db: Db, jobId: number): { waiting: number[]; running: number[] } {
  const rows = db
    .prepare<[number], { product_id: number; state: string }>("SELECT product_id, state FROM job_items WHERE job_id = ? AND state IN ('pending', 'running') ORDER BY id")
    .all(jobId);
  return { waiting: rows.filter((r) => r.state === 'pending').map((r) => r.product_id), running: rows.filter((r) => r.state === 'running').map((r) => r.product_id) };
}
