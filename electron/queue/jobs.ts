import { PRODUCT_LABEL_SQL } from '../drafts/product-label';
import type { Db } from '../db/open-database';
import type { JobState } from '../../shared/domain/generate-job';

export type JobKind = 'generate' | 'export' | 'download';

export type ItemState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export const UNFINISHED_JOB_STATES: readonly JobState[] = ['queued', 'running', 'paused'];

export interface JobRow {
  id: number;
  kind: JobKind;
  state: JobState;
  params: string;
  /** Why the job paused itself (the engine could not stay up); null otherwise. */
  pause_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** A job and one pending item per distinct product, in one transaction: a job is never half-made. */
export function createJob(db: Db, kind: JobKind, params: unknown, productIds: readonly number[]): number {
  const now = new Date().toISOString();
  return db
    .transaction(() => {
      const { lastInsertRowid } = db
        .prepare('INSERT INTO jobs (kind, state, params, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(kind, 'queued', JSON.stringify(params ?? {}), now, now);
      const jobId = Number(lastInsertRowid);
      const insert = db.prepare("INSERT OR IGNORE INTO job_items (job_id, product_id, state, updated_at) VALUES (?, ?, 'pending', ?)");
      for (const productId of productIds) insert.run(jobId, productId, now);
      return jobId;
    })
    .immediate();
}

export function readJob(db: Db, jobId: number): JobRow | undefined {
  return db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?').get(jobId);
}

export function setJobState(db: Db, jobId: number, state: JobState): void {
  db.prepare('UPDATE jobs SET state = ?, updated_at = ? WHERE id = ?').run(state, new Date().toISOString(), jobId);
}

/**
 * Moves a job to `to` only while it is in one of `from`; false when it was not. Keeps a pause
 * from reviving a cancelled job and a finish from overwriting a cancel made by another process.
 */
export function transitionJob(db: Db, jobId: number, from: readonly JobState[], to: JobState): boolean {
  const marks = from.map(() => '?').join(', ');
  // Any move, a resume above all, clears the reason a job paused itself for.
  const { changes } = db
    .prepare(`UPDATE jobs SET state = ?, pause_reason = NULL, updated_at = ? WHERE id = ? AND state IN (${marks})`)
    .run(to, new Date().toISOString(), jobId, ...from);
  return changes === 1;
}

/**
 * Pauses a running job because no item can succeed now (the engine keeps crashing), with the
 * reason the owner sees next to Resume. False when the job was no longer running.
 */
export function pauseJobFor(db: Db, jobId: number, reason: string): boolean {
  const { changes } = db
    .prepare("UPDATE jobs SET state = 'paused', pause_reason = ?, updated_at = ? WHERE id = ? AND state = 'running'")
    .run(reason, new Date().toISOString(), jobId);
  return changes === 1;
}

/** The newest job of `kind` that has not finished (a crash or a pause left it), if any. */
export function findUnfinishedJob(db: Db, kind: JobKind): JobRow | undefined {
  const marks = UNFINISHED_JOB_STATES.map(() => '?').join(', ');
  return db
    .prepare<unknown[], JobRow>(`SELECT * FROM jobs WHERE kind = ? AND state IN (${marks}) ORDER BY id DESC LIMIT 1`)
    .get(kind, ...UNFINISHED_JOB_STATES);
}

/** Items that have not started (or were interrupted) become cancelled; finished ones stay as they are. */
export function cancelOpenItems(db: Db, jobId: number): number {
  const { changes } = db
    .prepare("UPDATE job_items SET state = 'cancelled', runner = NULL, lease_until = NULL, updated_at = ? WHERE job_id = ? AND state IN ('pending', 'running')")
    .run(new Date().toISOString(), jobId);
  return changes;
}

export interface JobCounts {
  total: number;
  pending: number;
  running: number;
  done: number;
  failed: number;
  cancelled: number;
}

export function readJobCounts(db: Db, jobId: number): JobCounts {
  const counts: JobCounts = { total: 0, pending: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
  const rows = db
    .prepare<[number], { state: ItemState; n: number }>('SELECT state, COUNT(*) AS n FROM job_items WHERE job_id = ? GROUP BY state')
    .all(jobId);
  for (const row of rows) {
    counts[row.state] = row.n;
    counts.total += row.n;
  }
  return counts;
}

/** Durations of the job's most recently finished items, oldest first, for the ETA. */
export function readRecentDurations(db: Db, jobId: number, limit: number): number[] {
  return db
    .prepare<[number, number], { seconds: number }>(
      "SELECT seconds FROM job_items WHERE job_id = ? AND state IN ('done', 'failed') AND seconds IS NOT NULL ORDER BY updated_at DESC, id DESC LIMIT ?",
    )
    .all(jobId, limit)
    .map((r) => r.seconds)
    .reverse();
}

export interface ItemFailure {
  productId: number;
  /** The product's title, SKU or number, as messages name it. */
  name: string;
  error: string;
}

export function readItemFailures(db: Db, jobId: number): ItemFailure[] {
  return db
    .prepare<[number], { product_id: number; name: string; error: string | null }>(
      `SELECT i.product_id, ${PRODUCT_LABEL_SQL} AS name, i.error FROM job_items i
         JOIN products p ON p.id = i.product_id LEFT JOIN drafts d ON d.product_id = p.id
       WHERE i.job_id = ? AND i.state = 'failed' ORDER BY i.id`,
    )
    .all(jobId)
    .map((r) => ({ productId: r.product_id, name: r.name, error: r.error ?? 'Failed for an unknown reason.' }));
}
