import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { getDraft } from '../../../electron/drafts/get-draft';
import type { Db } from '../../../electron/db/open-database';
import type { ItemProcessor } from '../../../electron/queue/item-processor';
import { createJobQueue } from '../../../electron/queue/job-queue';
import { readJobProducts, type JobProgress } from '../../../electron/queue/job-progress';
import { readJob, readJobCounts, transitionJob } from '../../../electron/queue/jobs';
import { deterministicProcessor, expectedListing, type Listing } from './helpers/deterministic-processor';
import { countGenerateRevisions, createTempLibrary } from './helpers/temp-library';

const opened: { db: Db; dir: string }[] = [];
function library(count: number) {
  const lib = createTempLibrary(count);
  opened.push(lib);
  return lib;
}
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createJobQueue', () => {
  it('generates every product once, saving each draft, with progress down to zero remaining', async () => {
    const { db, productIds } = library(12);
    const queue = createJobQueue(db);
    const jobId = queue.create('generate', {}, productIds);
    const events: JobProgress[] = [];
    const outcome = await queue.run(jobId, { processor: deterministicProcessor(5), concurrency: 3, itemTimeoutMs: 5000, onProgress: (p) => events.push(p) });

    expect(outcome).toMatchObject({ state: 'done', total: 12, done: 12, failed: 0 });
    expect([...countGenerateRevisions(db).values()]).toEqual(Array(12).fill(1));
    for (const id of productIds) expect(getDraft(db, id).title).toBe(expectedListing(id).fields.title);
    expect(getDraft(db, 5).status).toBe('flagged');
    const dones = events.map((e) => e.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(events.at(-1)).toMatchObject({ done: 12, failed: 0, remaining: 0, etaSeconds: 0 });
    expect(events.some((e) => e.remaining > 0 && typeof e.etaSeconds === 'number')).toBe(true);
    const stored = db.prepare<[number], { revision: number; product_id: number }>('SELECT revision, product_id FROM job_items WHERE job_id = ?').all(jobId);
    for (const row of stored) expect(row.revision).toBe(getDraft(db, row.product_id).revision);
  });

  it('says which products are being written as each starts, and which still wait their turn', async () => {
    const { db, productIds } = library(4);
    const queue = createJobQueue(db);
    const jobId = queue.create('generate', {}, productIds);
    expect(readJobProducts(db, jobId)).toEqual({ waiting: productIds, running: [] });
    const events: JobProgress[] = [];
    const seenWhileStarting: ReturnType<typeof readJobProducts>[] = [];
    const processor = deterministicProcessor(20, { onStart: () => seenWhileStarting.push(readJobProducts(db, jobId)) });
    await queue.run(jobId, { processor, concurrency: 1, itemTimeoutMs: 5000, onProgress: (p) => events.push(p) });
    // Each product is reported running before it is written, then never again.
    for (const id of productIds) {
      const started = events.findIndex((e) => e.runningProductIds.includes(id));
      const written = events.findIndex((e) => e.lastProductId === id);
      expect(started, `product ${id}`).toBeGreaterThanOrEqual(0);
      expect(started).toBeLessThan(written);
      expect(events.slice(written).some((e) => e.runningProductIds.includes(id))).toBe(false);
    }
    expect(seenWhileStarting[1]).toEqual({ waiting: productIds.slice(2), running: [productIds[1]] });
    expect(readJobProducts(db, jobId)).toEqual({ waiting: [], running: [] });
  });

  it('an error outside the item pauses the job with its reason, items back to pending with their claim taken back; resume finishes them', async () => {
    const { db, productIds } = library(8);
    const queue = createJobQueue(db);
    const base = deterministicProcessor(2);
    let engineDown = false;
    const processor: ItemProcessor<Listing> = {
      ...base,
      process: async (id, signal) => {
        if (id === productIds[2]) engineDown = true;
        if (engineDown) throw new AppError('engine_unavailable', `Product ${id}: Could not reach the local engine.`);
        return base.process(id, signal);
      },
      outsideFailure: (err) => (err instanceof AppError && err.code === 'engine_unavailable' ? { action: 'pause', reason: 'The engine was killed.' } : undefined),
    };
    const jobId = queue.create('generate', {}, productIds);
    const outcome = await queue.run(jobId, { processor, concurrency: 2, itemTimeoutMs: 5000 });

    expect(outcome).toMatchObject({ state: 'paused', failed: 0, failures: [], pauseReason: 'The engine was killed.' });
    expect(readJob(db, jobId)).toMatchObject({ state: 'paused', pause_reason: 'The engine was killed.' });
    const counts = readJobCounts(db, jobId);
    expect(counts).toMatchObject({ running: 0, failed: 0, pending: 8 - counts.done });
    expect(counts.pending).toBeGreaterThan(0);
    const attempts = db.prepare<[number], number>("SELECT MAX(attempts) FROM job_items WHERE job_id = ? AND state = 'pending'").pluck().get(jobId);
    expect(attempts).toBe(0);

    engineDown = false;
    processor.process = base.process;
    queue.resume(jobId);
    expect(readJob(db, jobId)?.pause_reason).toBeNull();
    expect(await queue.run(jobId, { processor, concurrency: 2, itemTimeoutMs: 5000 })).toMatchObject({ state: 'done', done: 8, failed: 0, pauseReason: null });
    expect([...countGenerateRevisions(db).values()]).toEqual(Array(8).fill(1));
  });

  it('an item whose error says "requeue" runs again in the same run instead of failing', async () => {
    const { db, productIds } = library(4);
    const queue = createJobQueue(db);
    const base = deterministicProcessor(1);
    let hiccups = 2;
    const processor: ItemProcessor<Listing> = {
      ...base,
      process: (id, signal) => (id === productIds[1] && hiccups-- > 0 ? Promise.reject(new AppError('engine_unavailable', 'restarting')) : base.process(id, signal)),
      outsideFailure: () => ({ action: 'requeue' }),
    };
    const outcome = await queue.run(queue.create('generate', {}, productIds), { processor, concurrency: 1, itemTimeoutMs: 5000 });
    expect(outcome).toMatchObject({ state: 'done', done: 4, failed: 0 });
    expect([...countGenerateRevisions(db).values()]).toEqual(Array(4).fill(1));
  });

  it('keeps going when one product fails, and reports which and why', async () => {
    const { db, productIds } = library(6);
    const queue = createJobQueue(db);
    const base = deterministicProcessor(2);
    const processor: ItemProcessor<Listing> = {
      ...base,
      process: (id, signal) => (id === productIds[2] ? Promise.reject(new AppError('engine_failed', 'The model returned no listing.')) : base.process(id, signal)),
    };
    const outcome = await queue.run(queue.create('generate', {}, productIds), { processor, concurrency: 2, itemTimeoutMs: 5000 });

    expect(outcome).toMatchObject({ state: 'done', done: 5, failed: 1 });
    // Named as the owner knows it: the failed product has no title yet, so by its SKU.
    expect(outcome.failures).toEqual([{ productId: productIds[2], name: `SKU-${productIds[2]}`, error: 'The model returned no listing.' }]);
    expect(countGenerateRevisions(db).has(productIds[2]!)).toBe(false);
  });

  it('stops an item that runs past its time limit and fails only that one', async () => {
    const { db, productIds } = library(4);
    const queue = createJobQueue(db);
    const base = deterministicProcessor(2);
    let abortedByLimit = false;
    const processor: ItemProcessor<Listing> = {
      ...base,
      process: (id, signal) =>
        id === productIds[1]
          ? new Promise((_, reject) => signal.addEventListener('abort', () => { abortedByLimit = true; reject(signal.reason); }))
          : base.process(id, signal),
    };
    const outcome = await queue.run(queue.create('generate', {}, productIds), { processor, concurrency: 2, itemTimeoutMs: 300 });

    expect(outcome).toMatchObject({ done: 3, failed: 1 });
    expect(outcome.failures[0]?.error).toBe('Generating this product took longer than 0.3 s and was stopped. Try it again, or use a faster engine or model.');
    expect(abortedByLimit).toBe(true);
  });

  it('runs no more items at once than its concurrency', async () => {
    const { db, productIds } = library(10);
    const queue = createJobQueue(db);
    let inFlight = 0;
    let peak = 0;
    const base = deterministicProcessor(15);
    const processor: ItemProcessor<Listing> = {
      ...base,
      process: async (id, signal) => {
        peak = Math.max(peak, ++inFlight);
        try {
          return await base.process(id, signal);
        } finally {
          inFlight--;
        }
      },
    };
    await queue.run(queue.create('generate', {}, productIds), { processor, concurrency: 3, itemTimeoutMs: 5000 });
    expect(peak).toBe(3);
  });

  it('pauses (items in flight finish, no new ones start) and resumes to the end', async () => {
    const { db, productIds } = library(8);
    const queue = createJobQueue(db);
    const jobId = queue.create('generate', {}, productIds);
    let paused = false;
    const running = queue.run(jobId, {
      processor: deterministicProcessor(10),
      concurrency: 1,
      itemTimeoutMs: 5000,
      onProgress: (p) => {
        if (p.done === 2 && !paused) {
          paused = true;
          queue.pause(jobId);
        }
      },
    });
    await wait(200);
    expect(readJob(db, jobId)?.state).toBe('paused');
    expect(readJobCounts(db, jobId)).toMatchObject({ done: 2, running: 0, pending: 6 });
    expect(queue.resume(jobId)).toBe(true);
    const outcome = await running;
    expect(outcome).toMatchObject({ state: 'done', done: 8 });
  });

  it('stopAll ends a run (even a paused one) and leaves the job to resume later, items in flight back to pending', async () => {
    const { db, productIds } = library(6);
    const queue = createJobQueue(db);
    const jobId = queue.create('generate', {}, productIds);
    const setup = { processor: deterministicProcessor(80), concurrency: 2, itemTimeoutMs: 5000 };
    const first = queue.run(jobId, setup);
    await wait(120);
    await queue.stopAll();
    const stopped = await first;
    expect(stopped.state).toBe('running');
    expect(readJobCounts(db, jobId)).toMatchObject({ running: 0, cancelled: 0 });
    expect(stopped.done).toBeLessThan(6);

    queue.pause(jobId);
    const paused = queue.run(jobId, setup);
    await wait(50);
    await queue.stopAll();
    expect((await paused).state).toBe('paused');

    queue.resume(jobId);
    expect(await queue.run(jobId, setup)).toMatchObject({ state: 'done', done: 6 });
    expect([...countGenerateRevisions(db).values()]).toEqual(Array(6).fill(1));
  });

  it('cancels: the item in flight is aborted and nothing more is saved', async () => {
    const { db, productIds } = library(8);
    const queue = createJobQueue(db);
    const jobId = queue.create('generate', {}, productIds);
    const started: number[] = [];
    const running = queue.run(jobId, {
      processor: deterministicProcessor(40, { onStart: (id) => started.push(id) }),
      concurrency: 2,
      itemTimeoutMs: 5000,
      onProgress: (p) => {
        if (p.done === 3) queue.cancel(jobId);
      },
    });
    const outcome = await running;
    expect(outcome.state).toBe('cancelled');
    expect(outcome.done).toBeGreaterThanOrEqual(3);
    expect(outcome.done + outcome.cancelled + outcome.failed).toBe(8);
    expect(outcome.cancelled).toBeGreaterThan(0);
    expect(countGenerateRevisions(db).size).toBe(outcome.done);
    expect(started.length).toBeLessThan(8);
  });

  it('does not save a result when another process cancelled the job meanwhile', async () => {
    const { db, productIds } = library(3);
    const queue = createJobQueue(db);
    const jobId = queue.create('generate', {}, productIds);
    const base = deterministicProcessor(60);
    const processor: ItemProcessor<Listing> = {
      ...base,
      process: async (id, signal) => {
        const result = await base.process(id, signal);
        // What a second process (the CLI while the app runs) does: cancel straight in the database.
        transitionJob(db, jobId, ['running'], 'cancelled');
        db.prepare("UPDATE job_items SET state = 'cancelled' WHERE job_id = ? AND state IN ('pending', 'running')").run(jobId);
        return result;
      },
    };
    const outcome = await queue.run(jobId, { processor, concurrency: 1, itemTimeoutMs: 5000 });
    expect(outcome).toMatchObject({ state: 'cancelled', done: 0, cancelled: 3 });
    expect(countGenerateRevisions(db).size).toBe(0);
  });

  it('fails the item, not the batch, when saving its draft fails, and leaves the draft untouched', async () => {
    const { db, productIds } = library(3);
    const queue = createJobQueue(db);
    const base = deterministicProcessor(2);
    const processor: ItemProcessor<Listing> = {
      ...base,
      commit: (d, id, result) => {
        if (id === productIds[1]) {
          base.commit(d, id, result);
          throw new AppError('conflict', 'The draft changed while it was being generated.');
        }
        return base.commit(d, id, result);
      },
    };
    const outcome = await queue.run(queue.create('generate', {}, productIds), { processor, concurrency: 1, itemTimeoutMs: 5000 });
    expect(outcome).toMatchObject({ done: 2, failed: 1 });
    expect(getDraft(db, productIds[1]!)).toMatchObject({ revision: 0, title: '', status: 'new' });
    expect(countGenerateRevisions(db).has(productIds[1]!)).toBe(false);
  });

  it('joins a second run() of the same job instead of running it twice', async () => {
    const { db, productIds } = library(5);
    const queue = createJobQueue(db);
    const jobId = queue.create('generate', {}, productIds);
    const setup = { processor: deterministicProcessor(5), concurrency: 2, itemTimeoutMs: 5000 };
    const [a, b] = await Promise.all([queue.run(jobId, setup), queue.run(jobId, setup)]);
    expect(a).toEqual(b);
    expect([...countGenerateRevisions(db).values()]).toEqual(Array(5).fill(1));
  });
});
