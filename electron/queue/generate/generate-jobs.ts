import { indexCategories } from '../../categories/find-category-candidates';
import { loadGoogleTaxonomy } from '../../categories/load-google-taxonomy';
import { AppError } from '../../../shared/errors';
import type { GenerateJob } from '../../../shared/domain/generate-job';
import type { Db } from '../../db/open-database';
import { openGenerationLog } from '../../generation/generation-log';
import { readGenerationSettings } from '../../generation/settings-store';
import { readJobProducts, type JobProgress } from '../job-progress';
import { findUnfinishedJob, readJob, type JobRow } from '../jobs';
import { chooseProvider, type ChosenProvider, type ProviderSources } from '../../generation/providers/choose-provider';
import type { JobQueue } from '../job-queue';
import { readGenerateParams, resolveGenerateParams, type GenerateParams, type GenerateRequest } from './generate-params';
import { describeGenerateJob } from './describe-generate-job';
import { listingProcessor } from './listing-processor';
import { selectProducts, type SelectionInput } from './select-products';

export interface GenerateStart extends GenerateRequest, SelectionInput {}

/** What generation jobs use: the library, its queue, and what choosing a provider reads. */
export interface GenerateDeps extends ProviderSources {
  db: Db;
  libraryDir: string;
  /** Where Google's product taxonomy ships: each listing's category is chosen from it. */
  resourcesDir: string;
  queue: JobQueue;
}

type OnProgress = (progress: JobProgress) => void;

/**
 * Bulk generation over the queue, shared by the IPC handlers and the CLI. One generation job is
 * unfinished at a time per library: a second start is refused until it is resumed or cancelled.
 */
export async function startGenerateJob(deps: GenerateDeps, input: GenerateStart, onProgress: OnProgress): Promise<GenerateJob> {
  const productIds = selectProducts(deps.db, input);
  const open = findUnfinishedJob(deps.db, 'generate');
  if (open) throw unfinishedConflict(deps, open);
  const params = resolveGenerateParams(input, readGenerationSettings(deps.db));
  const chosen = chooseProvider(deps, params.engine);
  const jobId = deps.queue.create('generate', { ...params, concurrency: chosen.concurrency }, productIds);
  return runGenerate(deps, jobId, params, chosen, onProgress);
}

/** Continues a paused job, or one a crash or quit interrupted; resolves when it has finished. */
export async function resumeGenerateJob(deps: GenerateDeps, jobId: number, onProgress: OnProgress): Promise<GenerateJob> {
  const job = requireGenerateJob(deps, jobId);
  if (deps.queue.isRunningHere(jobId)) {
    deps.queue.resume(jobId);
    return describeGenerateJob(deps.db, jobId, await deps.queue.run(jobId, idleSetup()));
  }
  const params = readGenerateParams(job.params, readGenerationSettings(deps.db));
  const chosen = chooseProvider(deps, params.engine);
  deps.queue.resume(jobId);
  return runGenerate(deps, jobId, params, chosen, onProgress);
}

export function pauseGenerateJob(deps: GenerateDeps, jobId: number): GenerateJob {
  requireGenerateJob(deps, jobId);
  deps.queue.pause(jobId);
  return describeGenerateJob(deps.db, jobId);
}

export function cancelGenerateJob(deps: GenerateDeps, jobId: number): GenerateJob {
  requireGenerateJob(deps, jobId);
  deps.queue.cancel(jobId);
  return describeGenerateJob(deps.db, jobId);
}

/** A job's counts; without an id, the newest unfinished generation job (null when there is none). */
export function generateJobStatus(deps: GenerateDeps, jobId?: number): GenerateJob | null {
  const job = jobId === undefined ? findUnfinishedJob(deps.db, 'generate') : requireGenerateJob(deps, jobId);
  if (!job) return null;
  deps.queue.recover(job.id);
  return describeGenerateJob(deps.db, job.id);
}

/** The job's products not yet written: waiting their turn, and being written now. */
export function generateJobItems(deps: GenerateDeps, jobId: number): { waiting: number[]; running: number[] } {
  requireGenerateJob(deps, jobId);
  return readJobProducts(deps.db, jobId);
}

async function runGenerate(deps: GenerateDeps, jobId: number, params: GenerateParams, chosen: ChosenProvider, onProgress: OnProgress): Promise<GenerateJob> {
  const categories = indexCategories(loadGoogleTaxonomy(deps.resourcesDir));
  const processor = listingProcessor({ db: deps.db, libraryDir: deps.libraryDir, provider: chosen.provider, log: openGenerationLog(deps.libraryDir), categories }, params.options);
  const outcome = await deps.queue.run(jobId, { processor, concurrency: chosen.concurrency, itemTimeoutMs: chosen.itemTimeoutMs, onProgress });
  return describeGenerateJob(deps.db, jobId, outcome);
}

/** run() of a job already running here joins it; the setup is never used then. */
function idleSetup() {
  return {
    processor: { process: () => Promise.reject(new Error('unused')), commit: () => undefined },
    concurrency: 1,
    itemTimeoutMs: 1,
  };
}

function requireGenerateJob(deps: GenerateDeps, jobId: number): JobRow {
  const job = readJob(deps.db, jobId);
  if (!job || job.kind !== 'generate') throw new AppError('not_found', `There is no generation job ${jobId} in this library.`);
  return job;
}

function unfinishedConflict(deps: GenerateDeps, job: JobRow): AppError {
  const { remaining } = describeGenerateJob(deps.db, job.id);
  const left = `${remaining} product${remaining === 1 ? '' : 's'} left`;
  if (deps.queue.isRunningHere(job.id) && job.state === 'running') {
    return new AppError('conflict', `Generation job ${job.id} is already running (${left}). Wait for it to finish, or cancel it first.`);
  }
  const how = job.state === 'paused' ? 'is paused' : 'stopped before it finished';
  return new AppError('conflict', `Generation job ${job.id} ${how} (${left}). Resume it (listing-studio generate --resume) or cancel it before starting another.`);
}
