import type { Db } from '../db/open-database';

/**
 * What the queue runs for each product, injected so the queue is the same for generation, tests
 * and benchmarks. `process` does the slow work and writes nothing; `commit` stores its result
 * synchronously inside the transaction that marks the item done, and returns the new revision.
 * Retrying a rate-limited or flaky request belongs inside `process` (the generation pipeline
 * plans its own bounded retries, honouring Retry-After), so the queue never retries twice over.
 */
export interface ItemProcessor<R> {
  process(productId: number, signal: AbortSignal): Promise<R>;
  commit(db: Db, productId: number, result: R): number | undefined;
  /**
   * Whether `process` failed for a reason outside this item (the engine went down under it):
   * `requeue` gives the item back to run again once the engine is back, `pause` pauses the whole
   * job with the sentence because no item can succeed until the owner fixes the cause. Either
   * way the item goes back to pending without the claim counting against it. Undefined for a
   * failure of the item's own, which fails only this item.
   */
  outsideFailure?(err: unknown): OutsideFailure | undefined;
}

export type OutsideFailure = { action: 'requeue' } | { action: 'pause'; reason: string };
