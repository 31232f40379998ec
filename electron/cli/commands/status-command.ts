import { DRAFT_STATUSES } from '../../../shared/domain/draft';
import type { CliContext } from '../cli-context';
import { formatDuration } from '../progress-bar';

/** The library at a glance: products per draft status, the engine, and any unfinished job. */
export async function runStatusCommand(ctx: CliContext): Promise<number> {
  const info = await ctx.call('app.info', {});
  const byStatus: Record<string, number> = {};
  for (const status of DRAFT_STATUSES) byStatus[status] = (await ctx.call('products.list', { status, limit: 1 })).total;
  const products = (await ctx.call('products.list', { limit: 1 })).total;
  const job = await ctx.call('generate.status', {});
  const engine = await ctx.call('engine.status', {});
  const lines = [
    `Library: ${info.libraryDir} (schema ${info.schemaVersion})`,
    `Products: ${products} (${DRAFT_STATUSES.map((s) => `${byStatus[s]} ${s}`).join(', ')})`,
    `Local engine: ${engine.state}${engine.model ? ` (${engine.model})` : ''}`,
    job
      ? `Unfinished generation job ${job.jobId}: ${job.state}, ${job.done} done, ${job.failed} failed, ${job.remaining} left${job.etaSeconds ? `, about ${formatDuration(job.etaSeconds)} to go` : ''}. Continue it with: listing-studio generate --resume`
      : 'No unfinished generation job.',
  ];
  ctx.out.result({ libraryDir: info.libraryDir, schemaVersion: info.schemaVersion, products, byStatus, engine: engine.state, unfinishedJob: job }, lines);
  return 0;
}
