import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { createJob, readJob, readJobCounts } from '../../../electron/queue/jobs';
import { createTestEngine, findTestLlamaServer, type TestEngine } from '../../helpers/llama-server';
import { expectConsistentAfterCrash, runQueueChild, type KillPoint } from './helpers/crash-harness';
import { countGenerateRevisions, createTempLibrary } from './helpers/temp-library';

const PRODUCTS = 12;
/** Kill -9 after 1, 3 and 7 items, in the middle of an item, and at two arbitrary moments. */
const KILL_POINTS: KillPoint[] = [{ afterDone: 1 }, { afterDone: 3 }, { atStart: 2 }, { afterMs: 150 + Math.floor(Math.random() * 200) }, { afterDone: 7 }, { afterMs: Math.floor(Math.random() * 100) }];

async function crashAndResume(concurrency: number, env: Record<string, string>) {
  const lib = createTempLibrary(PRODUCTS);
  const jobId = createJob(lib.db, 'generate', {}, lib.productIds);
  lib.db.close();
  try {
    for (const point of KILL_POINTS) {
      const run = await runQueueChild(lib.file, jobId, concurrency, point, env);
      expect(run.stderr).not.toMatch(/Error/);
      const { done } = expectConsistentAfterCrash(lib.file, jobId, lib.productIds);
      if (done < PRODUCTS) expect(run, `the child was killed at ${JSON.stringify(point)}`).toMatchObject({ killed: true, signal: 'SIGKILL' });
    }
    const last = await runQueueChild(lib.file, jobId, concurrency, 'never', env);
    expect(last, last.stderr).toMatchObject({ killed: false, code: 0 });
    expect(last.events.at(-1)).toMatchObject({ event: 'finished', outcome: { state: 'done', done: PRODUCTS, failed: 0 } });

    expectConsistentAfterCrash(lib.file, jobId, lib.productIds);
    const db = openDatabase(lib.file);
    try {
      expect(readJob(db, jobId)?.state).toBe('done');
      expect(readJobCounts(db, jobId)).toMatchObject({ total: PRODUCTS, done: PRODUCTS });
      const perProduct = countGenerateRevisions(db);
      expect(lib.productIds.map((id) => perProduct.get(id))).toEqual(Array(PRODUCTS).fill(1));
      // An item killed mid-way was claimed again and finished once: its attempts show the redo.
      const maxAttempts = db.prepare('SELECT MAX(attempts) FROM job_items WHERE job_id = ?').pluck().get(jobId) as number;
      expect(maxAttempts).toBeGreaterThanOrEqual(2);
      return db.prepare<[], { title: string }>('SELECT title FROM drafts ORDER BY product_id').all();
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(lib.dir, { recursive: true, force: true });
  }
}

describe('queue survives kill -9 at any moment', () => {
  it('with a deterministic processor: every product generated exactly once, job done', async () => {
    const titles = await crashAndResume(2, { QUEUE_CHILD_ITEM_MS: '120' });
    expect(titles.map((t) => t.title)).toEqual(Array.from({ length: PRODUCTS }, (_, i) => `Hand-thrown mug no. ${i + 1}`));
  }, 180_000);

  const binary = findTestLlamaServer();
  describe.skipIf(!binary)('with the tiny model through a real llama-server', () => {
    let engine: TestEngine;
    beforeAll(async () => {
      engine = createTestEngine(binary!);
      await engine.supervisor.start();
    });
    afterAll(async () => {
      await engine?.dispose();
    });

    it('every product generated exactly once, job done', async () => {
      const titles = await crashAndResume(2, { QUEUE_CHILD_LLAMA_URL: engine.supervisor.baseURL!, QUEUE_CHILD_LLAMA_KEY: engine.supervisor.apiKey! });
      expect(titles.every((t) => t.title.length > 0)).toBe(true);
    }, 300_000);
  });
});
