import os from 'node:os';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import type { ItemProcessor } from './item-processor';
import { createJobControl, type JobControl } from './job-control';
import type { JobProgress } from './job-progress';
import { cancelOpenItems, createJob, readJob, transitionJob, type JobKind } from './jobs';
import { recoverInterruptedItems, type Recovered } from './recover-items';
import { runJob, type JobOutcome } from './run-job';
import { isRunnerAlive, newRunnerId } from './runner-identity';

export interface RunSetup<R> {
  processor: ItemProcessor<R>;
  concurrency: number;
  itemTimeoutMs: number;
  onProgress?(progress: JobProgress): void;
}

export interface JobQueue {
  /** Creates a job with one item per product; run it with run(). */
  create(kind: JobKind, params: unknown, productIds: readonly number[]): number;
  /** Runs (or resumes) a job in this process; a second call for a job already running here joins it. */
  run<R>(jobId: number, setup: RunSetup<R>): Promise<JobOutcome>;
  /** Stops new items from starting; those in flight finish. */
  pause(jobId: number): void;
  /** True when a runner in this process picked the job up again; false when the caller must run() it. */
  resume(jobId: number): boolean;
  cancel(jobId: number): void;
  isRunningHere(jobId: number): boolean;
  /** Items of processes that are gone back to pending (call on start). */
  recover(jobId?: number): Recovered;
  /** Stops every runner of this process, leaving their jobs to resume next time. */
  stopAll(): Promise<void>;
}

export interface JobQueueOptions {
  /** An item claimed this many times without finishing is failed. */
  maxClaims?: number;
  leaseMs?: number;
}

interface ActiveRun {
  control: JobControl;
  done: Promise<JobOutcome>;
}

/** The crash-safe queue over one library's database; all job state is in SQLite. */
export function createJobQueue(db: Db, opts: JobQueueOptions = {}): JobQueue {
  const active = new Map<number, ActiveRun>();
  const tokens = new Set<string>();
  const self = { host: os.hostname(), pid: process.pid, activeTokens: tokens };
  const maxClaims = opts.maxClaims ?? 5;
  const recover = (jobId?: number): Recovered => recoverInterruptedItems(db, { isRunnerAlive: (runner) => isRunnerAlive(runner, self), maxClaims, now: Date.now() }, jobId);

  const requireJob = (jobId: number) => {
    const job = readJob(db, jobId);
    if (!job) throw new AppError('not_found', `Job ${jobId} is not in this library.`);
    return job;
  };

  return {
    create: (kind, params, productIds) => createJob(db, kind, params, productIds),
    run(jobId, setup) {
      const running = active.get(jobId);
      if (running) return running.done;
      requireJob(jobId);
      const control = createJobControl();
      const runner = newRunnerId(self.host, self.pid);
      tokens.add(runner.token);
      const done = runJob({
        db,
        jobId,
        runnerId: runner.id,
        control,
        leaseMs: opts.leaseMs,
        recover: () => recover(jobId),
        ...setup,
      }).finally(() => {
        tokens.delete(runner.token);
        active.delete(jobId);
      });
      active.set(jobId, { control, done });
      return done;
    },
    pause(jobId) {
      const job = requireJob(jobId);
      if (!transitionJob(db, jobId, ['queued', 'running'], 'paused') && job.state !== 'paused') {
        throw new AppError('conflict', `Job ${jobId} has already ${job.state === 'done' ? 'finished' : `been ${job.state}`}; there is nothing to pause.`);
      }
      active.get(jobId)?.control.notify();
    },
    resume(jobId) {
      const job = requireJob(jobId);
      if (!transitionJob(db, jobId, ['paused', 'queued'], 'running') && job.state !== 'running') {
        throw new AppError('conflict', `Job ${jobId} has already ${job.state === 'done' ? 'finished' : `been ${job.state}`}; start a new one instead.`);
      }
      const here = active.get(jobId);
      here?.control.notify();
      return here !== undefined;
    },
    cancel(jobId) {
      requireJob(jobId);
      transitionJob(db, jobId, ['queued', 'running', 'paused'], 'cancelled');
      // Open items are cancelled right away, so status is right at once; a runner here then stops
      // its items in flight, whose save is refused because they are no longer theirs.
      cancelOpenItems(db, jobId);
      active.get(jobId)?.control.stop();
    },
    isRunningHere: (jobId) => active.has(jobId),
    recover,
    async stopAll() {
      const runs = [...active.values()];
      for (const run of runs) run.control.stop();
      await Promise.allSettled(runs.map((r) => r.done));
    },
  };
}

