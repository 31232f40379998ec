import type { GenerateJob } from '../../../shared/domain/generate-job';

export interface OpenJobView {
  jobId: number;
  counts: { total: number; done: number; failed: number; remaining: number; etaSeconds: number | null };
  message: string;
}

/**
 * What the generate bar shows for an unfinished job found when the window opens: a job paused
 * by the owner or by a crashing engine (with its reason), or one that a quit or crash stopped.
 * Each waits for Resume. Null when there is nothing to resume here.
 */
export function openJobView(job: GenerateJob | null): OpenJobView | null {
  if (!job || !['paused', 'running', 'queued'].includes(job.state) || job.remaining === 0) return null;
  const left = `${job.remaining} product${job.remaining === 1 ? '' : 's'} left`;
  const message = job.pauseReason ?? (job.state === 'paused' ? `Generation is paused with ${left}.` : `Generation stopped before it finished (${left}). Resume to write the rest.`);
  return { jobId: job.jobId, counts: { total: job.total, done: job.done, failed: job.failed, remaining: job.remaining, etaSeconds: null }, message };
}
