import { AppError } from '../../../shared/errors';
import type { GenerateJob } from '../../../shared/domain/generate-job';
import type { CliContext } from '../cli-context';
import { cliProductName } from '../cli-product-name';
import { formatDuration } from '../progress-bar';
import type { GenerateFlags } from '../parse-cli-args';
import { prepareEngine } from './prepare-engine';
import { describeKeptDrafts } from './describe-kept-drafts';
import type { RewriteKind } from '../../../shared/domain/draft-kinds';

export type Selection = { all: true; rewrite?: RewriteKind[] } | { productIds: number[] } | { resume: true };

/** Generates listings through the queue (the generate.* routes), with a progress bar. */
export async function generateListings(ctx: CliContext, selection: Selection, gen: GenerateFlags): Promise<GenerateJob> {
  const open = 'resume' in selection ? await ctx.call('generate.status', {}) : null;
  if ('resume' in selection && !open) throw new AppError('not_found', 'There is no unfinished generation job to resume in this library.');
  // Checked before the engine starts: loading a model for an empty library wastes a minute.
  if ('all' in selection && (await ctx.call('products.list', { limit: 1 })).total === 0) {
    throw new AppError('invalid_input', 'This library has no products yet. Import photos first (listing-studio import <folder>), then generate.');
  }
  if ('all' in selection) {
    // Said before the engine starts, so the owner sees which of their drafts stay as they are.
    const kept = describeKeptDrafts(await ctx.call('generate.plan', selection));
    if (kept) ctx.out.info(kept);
  }
  const engine = await prepareEngine(ctx, gen);
  const started = Date.now();
  const stop = ctx.on('generate.progress', (p) => {
    ctx.out.progress({ label: 'Generating', done: p.done + p.failed, total: p.done + p.failed + p.remaining, failed: p.failed, etaSeconds: p.etaSeconds });
  });
  try {
    if (open) {
      ctx.out.info(`Resuming generation job ${open.jobId} (${open.remaining} of ${open.total} products left).`);
      return await ctx.call('generate.resume', { jobId: open.jobId });
    }
    const job = await ctx.call('generate.start', {
      ...selection,
      engine,
      words: gen.words,
      target: gen.target,
      tone: gen.tone,
      language: gen.language,
    });
    ctx.out.info(`Generated ${job.done} of ${job.total} listings in ${formatDuration((Date.now() - started) / 1000)}.`);
    return job;
  } finally {
    stop();
  }
}

export function describeJobLines(job: GenerateJob): string[] {
  const lines = [`Job ${job.jobId}: ${job.state}, ${job.done} done, ${job.failed} failed${job.cancelled ? `, ${job.cancelled} cancelled` : ''}, ${job.remaining} left.`];
  if (job.state === 'paused' && job.pauseReason) lines.push(`Paused: ${job.pauseReason} (listing-studio generate --resume)`);
  for (const f of job.failures.slice(0, 50)) lines.push(`  ${cliProductName(f.name, f.productId)}: ${f.error}`);
  if (job.failures.length > 50) lines.push(`  … and ${job.failures.length - 50} more failures (use --json for all).`);
  return lines;
}

export async function runGenerateCommand(ctx: CliContext, selection: Selection, gen: GenerateFlags): Promise<number> {
  const job = await generateListings(ctx, selection, gen);
  ctx.out.result(job, describeJobLines(job));
  return job.failed > 0 || job.state !== 'done' ? 1 : 0;
}
