import type { GenerateJob } from '../../../shared/domain/generate-job';
import type { Db } from '../../db/open-database';
import { remainingOf, readJobProgress } from '../job-progress';
import { readItemFailures, readJob, readJobCounts } from '../jobs';
import type { JobOutcome } from '../run-job';

/** The route's view of a job: counts, ETA (from its stored concurrency) and each failure. */
export function describeGenerateJob(db: Db, jobId: number, outcome?: JobOutcome): GenerateJob {
  const job = readJob(db, jobId);
  const counts = readJobCounts(db, jobId);
  const params = JSON.parse(job?.params ?? '{}') as { concurrency?: number };
  const { etaSeconds } = readJobProgress(db, jobId, params.concurrency ?? 1, null);
  return {
    jobId,
    state: outcome?.state ?? job?.state ?? 'failed',
    total: counts.total,
    done: counts.done,
    failed: counts.failed,
    cancelled: counts.cancelled,
    remaining: remainingOf(counts),
    etaSeconds,
    failures: outcome?.failures ?? readItemFailures(db, jobId),
    pauseReason: outcome?.pauseReason ?? job?.pause_reason ?? null,
  };
}
