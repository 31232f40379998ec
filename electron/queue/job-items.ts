import type { Db } from '../db/open-database';

export interface ClaimedItem {
  id: number;
  jobId: number;
  productId: number;
  /** How many times this item has been claimed, this claim included. */
  attempts: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Takes the job's next pending item for `runner` in one transaction: state running, a lease, one
 * more attempt. Nothing is claimed unless the job itself is running, so a pause or cancel written
 * by any process stops new work at the next item.
 */
export function claimNextItem(db: Db, jobId: number, runner: string, leaseMs: number, now = Date.now()): ClaimedItem | undefined {
  return db
    .transaction((): ClaimedItem | undefined => {
      const row = db
        .prepare<[number], { id: number; product_id: number; attempts: number }>(
          `SELECT i.id, i.product_id, i.attempts FROM job_items i JOIN jobs j ON j.id = i.job_id
           WHERE i.job_id = ? AND i.state = 'pending' AND j.state = 'running' ORDER BY i.id LIMIT 1`,
        )
        .get(jobId);
      if (!row) return undefined;
      db.prepare(
        "UPDATE job_items SET state = 'running', runner = ?, lease_until = ?, started_at = ?, attempts = attempts + 1, error = NULL, updated_at = ? WHERE id = ?",
      ).run(runner, iso(now + leaseMs), iso(now), iso(now), row.id);
      return { id: row.id, jobId, productId: row.product_id, attempts: row.attempts + 1 };
    })
    .immediate();
}

class LeaseLost extends Error {}

/**
 * Marks the item done and runs `write` (the draft save) in ONE transaction: a crash before the
 * commit leaves both undone, so the item is simply redone; after it, both are there exactly once.
 * False, with nothing written, when this runner no longer holds the item (it was cancelled, or
 * recovered by another process after the lease lapsed).
 */
export function completeItem(db: Db, itemId: number, runner: string, seconds: number, write: () => number | undefined): boolean {
  try {
    db.transaction(() => {
      const { changes } = db
        .prepare("UPDATE job_items SET state = 'done', lease_until = NULL, seconds = ?, updated_at = ? WHERE id = ? AND state = 'running' AND runner = ?")
        .run(seconds, iso(Date.now()), itemId, runner);
      if (changes !== 1) throw new LeaseLost();
      const revision = write();
      if (revision !== undefined) db.prepare('UPDATE job_items SET revision = ? WHERE id = ?').run(revision, itemId);
    }).immediate();
    return true;
  } catch (err) {
    if (err instanceof LeaseLost) return false;
    throw err;
  }
}

/** Ends a held item as failed or cancelled with a message; false when this runner no longer holds it. */
export function endItem(db: Db, itemId: number, runner: string, state: 'failed' | 'cancelled', error: string | null, seconds: number | null): boolean {
  const { changes } = db
    .prepare("UPDATE job_items SET state = ?, error = ?, seconds = ?, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'running' AND runner = ?")
    .run(state, error, seconds, iso(Date.now()), itemId, runner);
  return changes === 1;
}

/**
 * Gives a held item back as pending, untouched: the process is stopping (not cancelling), so the
 * next run picks it up again.
 */
export function releaseItem(db: Db, itemId: number, runner: string): boolean {
  const { changes } = db
    .prepare("UPDATE job_items SET state = 'pending', runner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'running' AND runner = ?")
    .run(iso(Date.now()), itemId, runner);
  return changes === 1;
}

/**
 * Gives a held item back as pending because the whole job paused (the engine went down under it),
 * taking back the claim: this attempt was not the item's fault, so it must not count toward
 * the claims after which an item is failed.
 */
export function returnItemUncounted(db: Db, itemId: number, runner: string): boolean {
  const { changes } = db
    .prepare("UPDATE job_items SET state = 'pending', runner = NULL, lease_until = NULL, attempts = MAX(0, attempts - 1), updated_at = ? WHERE id = ? AND state = 'running' AND runner = ?")
    .run(iso(Date.now()), itemId, runner);
  return changes === 1;
}

/** Extends the lease of every item `runner` holds: the heartbeat that tells other processes it is alive. */
export function renewLeases(db: Db, runner: string, leaseMs: number, now = Date.now()): void {
  db.prepare("UPDATE job_items SET lease_until = ? WHERE state = 'running' AND runner = ?").run(iso(now + leaseMs), runner);
}

export interface HeldItem {
  id: number;
  jobId: number;
  runner: string | null;
  leaseUntil: string | null;
  startedAt: string | null;
  attempts: number;
}

export function readRunningItems(db: Db, jobId?: number): HeldItem[] {
  const sql = `SELECT id, job_id AS jobId, runner, lease_until AS leaseUntil, started_at AS startedAt, attempts FROM job_items WHERE state = 'running'${jobId === undefined ? '' : ' AND job_id = ?'}`;
  return db.prepare<unknown[], HeldItem>(sql).all(...(jobId === undefined ? [] : [jobId]));
}
