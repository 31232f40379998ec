import { AppError } from '../../../shared/errors';
import type { GenerateJob } from '../../../shared/ipc/routes/generate';
import type { Core } from '../../core/core';
import { openGenerationLog } from '../../generation/generation-log';
import { readGenerationSettings } from '../../generation/settings-store';
import type { JobProgress } from '../job-progress';
import { findUnfinishedJob, readJob, type JobRow } from '../jobs';
import { chooseProvider, type ChosenProvider } from '../../generation/providers/choose-provider';
import { readGenerateParams, resolveGenerateParams, type GenerateParams, type GenerateRequest } from './generate-params';
import { describeGenerateJob } from './describe-generate-job';
import { listingProcessor } from './listing-processor';
import { selectProducts, type SelectionInput } from './select-products';

export interface GenerateStart extends GenerateRequest, SelectionInput {}

type OnProgress = (progress: JobProgress) => void;

/**
 * Bulk generation over the queue, shared by the IPC handlers and the CLI. One generation job is
 * unfinished at a time per library: a second start is refused until it is resumed or cancelled.
 */
export async function startGenerateJob(core: Core, input: GenerateStart, onProgress: OnProgress): Promise<GenerateJob> {
  const productIds = selectProducts(core.db, input);
  const open = findUnfinishedJob(core.db, 'generate');
  if (open) throw unfinishedConflict(core, open);
  const params = resolveGenerateParams(input, readGenerationSettings(core.db));
  const chosen = chooseProvider(core, params.engine);
  const jobId = core.queue.create('generate', { ...params, concurrency: chosen.concurrency }, productIds);
  return runGenerate(core, jobId, params, chosen, onProgress);
}

/** Continues a paused job, or one a crash or quit interrupted; resolves when it has finished. */
export async function resumeGenerateJob(core: Core, jobId: number, onProgress: OnProgress): Promise<GenerateJob> {
  const job = requireGenerateJob(core, jobId);
  if (core.queue.isRunningHere(jobId)) {
    core.queue.resume(jobId);
    return describeGenerateJob(core.db, jobId, await core.queue.run(jobId, idleSetup()));
  }
  const params = readGenerateParams(job.params, readGenerationSettings(core.db));
  const chosen = chooseProvider(core, params.engine);
  core.queue.resume(jobId);
  return runGenerate(core, jobId, params, chosen, onProgress);
}

export function pauseGenerateJob(core: Core, jobId: number): GenerateJob {
  requireGenerateJob(core, jobId);
  core.queue.pause(jobId);
  return describeGenerateJob(core.db, jobId);
}

export function cancelGenerateJob(core: Core, jobId: number): GenerateJob {
  requireGenerateJob(core, jobId);
  core.queue.cancel(jobId);
  return describeGenerateJob(core.db, jobId);
}

/** A job's counts; without an id, the newest unfinished generation job (null when there is none). */
export function generateJobStatus(core: Core, jobId?: number): GenerateJob | null {
  const job = jobId === undefined ? findUnfinishedJob(core.db, 'generate') : requireGenerateJob(core, jobId);
  if (!job) return null;
  core.queue.recover(job.id);
  return describeGenerateJob(core.db, job.id);
}

async function runGenerate(core: Core, jobId: number, params: GenerateParams, chosen: ChosenProvider, onProgress: OnProgress): Promise<GenerateJob> {
  const processor = listingProcessor({ db: core.db, libraryDir: core.libraryDir, provider: chosen.provider, log: openGenerationLog(core.libraryDir) }, params.options);
  const outcome = await core.queue.run(jobId, { processor, concurrency: chosen.concurrency, itemTimeoutMs: chosen.itemTimeoutMs, onProgress });
  return describeGenerateJob(core.db, jobId, outcome);
}

/** run() of a job already running here joins it; the setup is never used then. */
function idleSetup() {
  return {
    processor: { process: () => Promise.reject(new Error('unused')), commit: () => undefined },
    concurrency: 1,
    itemTimeoutMs: 1,
  };
}

function requireGenerateJob(core: Core, jobId: number): JobRow {
  const job = readJob(core.db, jobId);
  if (!job || job.kind !== 'generate') throw new AppError('not_found', `There is no generation job ${jobId} in this library.`);
  return job;
}

function unfinishedConflict(core: Core, job: JobRow): AppError {
  const { remaining } = describeGenerateJob(core.db, job.id);
  const left = `${remaining} product${remaining === 1 ? '' : 's'} left`;
  if (core.queue.isRunningHere(job.id) && job.state === 'running') {
    return new AppError('conflict', `Generation job ${job.id} is already running (${left}). Wait for it to finish, or cancel it first.`);
  }
  const how = job.state === 'paused' ? 'is paused' : 'stopped before it finished';
  return new AppError('conflict', `Generation job ${job.id} ${how} (${left}). Resume it (listing-studio generate --resume) or cancel it before starting another.`);
}
