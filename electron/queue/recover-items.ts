import type { Db } from '../db/open-database';
import { readRunningItems } from './job-items';

export interface RecoverOptions {
  /** Whether the process named in an item's runner column can still finish it. */
  isRunnerAlive(runner: string | null): boolean;
  /** An item claimed this many times without finishing is failed instead of retried forever. */
  maxClaims: number;
  now?: number;
}

export interface Recovered {
  requeued: number;
  failed: number;
  /** Interrupted after a processor that saves its own draft had saved it: counted done, not redone. */
  adopted: number;
}

/**
 * Running items whose process is gone (killed, crashed, or silent past its lease) go back to
 * pending so a restart resumes them; the draft was never written for them, because the save and
 * the item's 'done' commit together. A defence for processors that save inside their own work
 * (the listing processor no longer does): a 'generate' revision written after the claim means
 * the work is done, so the item is adopted as done rather than generated twice. An item that
 * keeps getting interrupted is failed with a reason.
 */
export function recoverInterruptedItems(db: Db, opts: RecoverOptions, jobId?: number): Recovered {
  const now = new Date(opts.now ?? Date.now()).toISOString();
  return db
    .transaction((): Recovered => {
      const result: Recovered = { requeued: 0, failed: 0, adopted: 0 };
      const savedSince = db.prepare<[number, string], { revision: number }>(
        "SELECT r.revision FROM revisions r JOIN job_items i ON i.product_id = r.product_id WHERE i.id = ? AND r.source = 'generate' AND r.created_at >= ? ORDER BY r.revision DESC LIMIT 1",
      );
      const adopt = db.prepare("UPDATE job_items SET state = 'done', revision = ?, runner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'running'");
      const requeue = db.prepare("UPDATE job_items SET state = 'pending', runner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'running'");
      const fail = db.prepare("UPDATE job_items SET state = 'failed', runner = NULL, lease_until = NULL, error = ?, updated_at = ? WHERE id = ? AND state = 'running'");
      for (const item of readRunningItems(db, jobId)) {
        const lapsed = item.leaseUntil === null || item.leaseUntil < now;
        if (!lapsed && opts.isRunnerAlive(item.runner)) continue;
        const saved = item.startedAt ? savedSince.get(item.id, item.startedAt) : undefined;
        if (saved) {
          adopt.run(saved.revision, now, item.id);
          result.adopted++;
          continue;
        }
        if (item.attempts >= opts.maxClaims) {
          fail.run(`Stopped ${item.attempts} times while this product was being generated (the app or the engine quit). Generate it again on its own; if it keeps stopping, check its photos.`, now, item.id);
          result.failed++;
        } else {
          requeue.run(now, item.id);
          result.requeued++;
        }
      }
      return result;
    })
    .immediate();
}
