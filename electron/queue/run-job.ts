import type { Db } from '../db/open-database';
import { AppError } from '../../shared/errors';
import type { ItemProcessor } from './item-processor';
import type { JobControl } from './job-control';
import { claimNextItem, renewLeases } from './job-items';
import { readJobProgress, type JobProgress } from './job-progress';
import { cancelOpenItems, pauseJobFor, readItemFailures, readJob, readJobCounts, transitionJob, type ItemFailure } from './jobs';
import type { JobState } from '../../shared/domain/generate-job';
import { runItem, type RunItemContext } from './run-item';

export interface RunJobOptions<R> {
  db: Db;
  jobId: number;
  runnerId: string;
  control: JobControl;
  processor: ItemProcessor<R>;
  /** Items in flight at once: the local server's slots, or the cloud setting. */
  concurrency: number;
  itemTimeoutMs: number;
  /** A running item's lease; renewed every leaseMs/4 while this runner lives. */
  leaseMs?: number;
  /** Puts items of dead runners back to pending; run before each pass over the job. */
  recover(): void;
  onProgress?(progress: JobProgress): void;
}

export interface JobOutcome {
  jobId: number;
  state: JobState;
  total: number;
  done: number;
  failed: number;
  cancelled: number;
  failures: ItemFailure[];
  /** Why the job paused itself, when it did. */
  pauseReason: string | null;
}

const DEFAULT_LEASE_MS = 60_000;
/** How often a paused job, or one waiting on another process's items, re-reads its state. */
const POLL_MS = 1000;

/**
 * Runs a job until every item has ended, or it is cancelled: `concurrency` workers claim items one
 * at a time. Pause stops claiming (items in flight finish) and waits for resume or cancel. A job
 * that paused itself (see ItemProcessor.outsideFailure) ends the run instead: the owner must fix the
 * cause first, then resume. All the
 * state lives in the database, so a process killed at any point can be restarted and resumes.
 */
export async function runJob<R>(opts: RunJobOptions<R>): Promise<JobOutcome> {
  const { db, jobId, control } = opts;
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const concurrency = Math.max(1, Math.floor(opts.concurrency));
  const itemCtx: RunItemContext<R> = {
    db,
    runnerId: opts.runnerId,
    processor: opts.processor,
    itemTimeoutMs: opts.itemTimeoutMs,
    signal: control.signal,
  };
  const report = (lastProductId: number | null): void => opts.onProgress?.(readJobProgress(db, jobId, concurrency, lastProductId));
  // Set when an item found that no item can succeed now (the engine keeps crashing): the job
  // pauses with the reason and this run ends, leaving every unfinished item pending for a resume.
  let pausedForReason = false;
  const worker = async (): Promise<void> => {
    while (!control.signal.aborted) {
      const item = claimNextItem(db, jobId, opts.runnerId, leaseMs);
      if (!item) return;
      // Its card turns from Queued to Generating now, not when it is written.
      report(null);
      const { end, pauseReason } = await runItem(itemCtx, item);
      if (end === 'paused' && pauseReason !== undefined) {
        pauseJobFor(db, jobId, pauseReason);
        pausedForReason = true;
      }
      report(item.productId);
    }
  };
  const heartbeat = setInterval(() => renewLeases(db, opts.runnerId, leaseMs), Math.max(50, leaseMs / 4));
  heartbeat.unref();
  try {
    transitionJob(db, jobId, ['queued'], 'running');
    report(null);
    for (;;) {
      const job = readJob(db, jobId);
      if (!job) throw new AppError('not_found', `Job ${jobId} is no longer in this library.`);
      if (job.state === 'cancelled') {
        cancelOpenItems(db, jobId);
        break;
      }
      if (job.state === 'done' || job.state === 'failed') break;
      // Stopping (the app or CLI is quitting): the job stays unfinished and resumes next time.
      if (control.signal.aborted) break;
      if (job.state === 'paused' || job.state === 'queued') {
        await control.waitForChange(POLL_MS);
        continue;
      }
      opts.recover();
      await Promise.all(Array.from({ length: concurrency }, worker));
      if (pausedForReason) break;
      // Cancelled or stopping: the next pass reads which, and ends the run.
      if (control.signal.aborted) continue;
      const counts = readJobCounts(db, jobId);
      if (counts.pending > 0) continue;
      if (counts.running > 0) {
        // Held by another live process (or one whose lease has not lapsed yet): wait for it.
        await control.waitForChange(POLL_MS);
        continue;
      }
      transitionJob(db, jobId, ['running'], 'done');
    }
  } finally {
    clearInterval(heartbeat);
  }
  report(null);
  return readJobOutcome(db, jobId);
}

export function readJobOutcome(db: Db, jobId: number): JobOutcome {
  const job = readJob(db, jobId);
  if (!job) throw new AppError('not_found', `Job ${jobId} is no longer in this library.`);
  const counts = readJobCounts(db, jobId);
  return {
    jobId,
    state: job.state,
    total: counts.total,
    done: counts.done,
    failed: counts.failed,
    cancelled: counts.cancelled,
    failures: readItemFailures(db, jobId),
    pauseReason: job.pause_reason ?? null,
  };
}
