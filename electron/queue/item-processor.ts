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
}
