import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/open-database';
import { saveGeneratedDraft } from '../../../electron/drafts/save-generated-draft';
import { claimNextItem } from '../../../electron/queue/job-items';
import { createJob, readJobCounts, setJobState } from '../../../electron/queue/jobs';
import { recoverInterruptedItems } from '../../../electron/queue/recover-items';
import { createTempLibrary } from './helpers/temp-library';

const opened: { db: Db; dir: string }[] = [];
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function runningJob(count: number) {
  const lib = createTempLibrary(count);
  opened.push(lib);
  const jobId = createJob(lib.db, 'generate', {}, lib.productIds);
  setJobState(lib.db, jobId, 'running');
  return { ...lib, jobId };
}

describe('recoverInterruptedItems', () => {
  it('puts items of a dead runner back to pending and leaves a live one alone', () => {
    const { db, jobId } = runningJob(3);
    claimNextItem(db, jobId, 'h:1:dead', 60_000);
    claimNextItem(db, jobId, 'h:2:live', 60_000);
    const result = recoverInterruptedItems(db, { isRunnerAlive: (r) => r === 'h:2:live', maxClaims: 5 });
    expect(result).toEqual({ requeued: 1, failed: 0, adopted: 0 });
    expect(readJobCounts(db, jobId)).toMatchObject({ pending: 2, running: 1 });
    const row = db.prepare("SELECT runner, lease_until FROM job_items WHERE job_id = ? AND state = 'running'").get(jobId);
    expect(row).toMatchObject({ runner: 'h:2:live' });
  });

  it('takes back an item whose lease lapsed even if its runner claims to be alive', () => {
    const { db, jobId } = runningJob(1);
    claimNextItem(db, jobId, 'far:9:x', 1000, Date.now() - 5000);
    expect(recoverInterruptedItems(db, { isRunnerAlive: () => true, maxClaims: 5 })).toEqual({ requeued: 1, failed: 0, adopted: 0 });
  });

  it('fails an item that was interrupted too many times, with a reason', () => {
    const { db, jobId, productIds } = runningJob(1);
    for (let i = 0; i < 3; i++) {
      claimNextItem(db, jobId, 'h:1:dead', 60_000);
      recoverInterruptedItems(db, { isRunnerAlive: () => false, maxClaims: 3 });
    }
    expect(readJobCounts(db, jobId)).toMatchObject({ failed: 1, pending: 0 });
    const error = db.prepare('SELECT error FROM job_items WHERE product_id = ?').pluck().get(productIds[0]);
    expect(error).toMatch(/^Stopped 3 times while this product was being generated/);
  });

  it('counts an item done, not redone, when its draft was saved after the claim', () => {
    const { db, jobId, productIds } = runningJob(2);
    claimNextItem(db, jobId, 'h:1:dead', 60_000, Date.now() - 1000);
    claimNextItem(db, jobId, 'h:1:dead', 60_000, Date.now() - 1000);
    // The first product's processor saved its own draft before the process died.
    saveGeneratedDraft(db, productIds[0]!, { title: 'Saved before the crash' }, []);
    expect(recoverInterruptedItems(db, { isRunnerAlive: () => false, maxClaims: 5 })).toEqual({ requeued: 1, failed: 0, adopted: 1 });
    const rows = db.prepare('SELECT product_id, state, revision FROM job_items WHERE job_id = ? ORDER BY product_id').all(jobId);
    expect(rows).toEqual([
      { product_id: productIds[0], state: 'done', revision: 1 },
      { product_id: productIds[1], state: 'pending', revision: null },
    ]);
  });

  it('never claims from a job that is not running', () => {
    const { db, jobId } = runningJob(2);
    setJobState(db, jobId, 'paused');
    expect(claimNextItem(db, jobId, 'h:1:t', 60_000)).toBeUndefined();
  });
});
