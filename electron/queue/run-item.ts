import { performance } from 'node:perf_hooks';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import type { ItemProcessor } from './item-processor';
import { completeItem, endItem, releaseItem, returnItemUncounted, type ClaimedItem } from './job-items';
import { runWithTimeout } from './run-with-timeout';

export interface RunItemContext<R> {
  db: Db;
  runnerId: string;
  processor: ItemProcessor<R>;
  itemTimeoutMs: number;
  /** Aborts when the job is cancelled or the process is stopping. */
  signal: AbortSignal;
}

/**
 * 'released': given back as pending because the job was cancelled or the process is stopping.
 * 'requeued': given back as pending because the engine went down under it and is coming back.
 * 'paused': given back as pending because no item can succeed now; `pauseReason` says why.
 */
export type ItemEnd = 'done' | 'failed' | 'released' | 'requeued' | 'paused' | 'lost';

export interface ItemResult {
  end: ItemEnd;
  pauseReason?: string;
}

/**
 * Runs one claimed item to its end: process it within the time limit, then save and mark it done
 * together. A failure here ends only this item.
 */
export async function runItem<R>(ctx: RunItemContext<R>, item: ClaimedItem): Promise<ItemResult> {
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  let result: R;
  try {
    result = await runWithTimeout((signal) => ctx.processor.process(item.productId, signal), ctx.itemTimeoutMs, ctx.signal);
  } catch (err) {
    if (ctx.signal.aborted) return release(ctx, item);
    const outside = ctx.processor.outsideFailure?.(err);
    if (outside) {
      const returned = returnItemUncounted(ctx.db, item.id, ctx.runnerId);
      if (!returned) return { end: 'lost' };
      return outside.action === 'pause' ? { end: 'paused', pauseReason: outside.reason } : { end: 'requeued' };
    }
    return fail(ctx, item, describeFailure(err), seconds());
  }
  if (ctx.signal.aborted) return release(ctx, item);
  try {
    const committed = completeItem(ctx.db, item.id, ctx.runnerId, seconds(), () => ctx.processor.commit(ctx.db, item.productId, result));
    return { end: committed ? 'done' : 'lost' };
  } catch (err) {
    return fail(ctx, item, describeFailure(err), seconds());
  }
}

function fail<R>(ctx: RunItemContext<R>, item: ClaimedItem, error: string, seconds: number): ItemResult {
  return { end: endItem(ctx.db, item.id, ctx.runnerId, 'failed', error, seconds) ? 'failed' : 'lost' };
}

/** A cancel then marks it cancelled along with the other open items; a stop leaves it for the next run. */
function release<R>(ctx: RunItemContext<R>, item: ClaimedItem): ItemResult {
  return { end: releaseItem(ctx.db, item.id, ctx.runnerId) ? 'released' : 'lost' };
}

/** The sentence stored with a failed item: AppErrors are already written for the shop owner. */
export function describeFailure(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  return `Generation failed unexpectedly: ${message}. Try this product again; if it keeps failing, check its photos.`;
}
