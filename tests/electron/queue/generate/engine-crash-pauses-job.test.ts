import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Router } from '../../../../electron/ipc/router';
import { importPhotos } from '../../../../electron/photos/import-photos';
import { findTestLlamaServer } from '../../../helpers/llama-server';
import { tinyModelPair } from '../../../helpers/tiny-model';

const binary = findTestLlamaServer();
const PRODUCTS = 14;

/**
 * A llama-server that is SIGKILLed four times within a minute (the supervisor restarts it three
 * times, then gives up) while a bulk generation runs through the routes over a real library.
 */
describe.skipIf(!binary)('an engine that keeps crashing pauses the generation job (real llama-server, real SIGKILLs)', () => {
  let root: string;
  let core: Core;
  let router: Router;
  let productIds: number[];
  const progress: { done: number; failed: number }[] = [];
  const ctx: HandlerContext = { emit: (event, payload) => event === 'generate.progress' && progress.push(payload as { done: number; failed: number }) };
  const files = tinyModelPair();

  const call = async (route: string, input: unknown): Promise<any> => {
    const result = await router.invoke(route, input, ctx);
    if (!result.ok) throw new Error(`${route}: ${result.error.message}`);
    return result.value;
  };
  const startEngine = () => call('engine.start', { model: files.model, mmproj: files.mmproj, parallel: 2, contextSize: 8192 });
  /** Resolves with the pid of the next server that becomes ready after `pid`. */
  const nextReadyPid = (pid: number) =>
    new Promise<number>((resolve) => {
      const off = core.engine.onStatus((s) => {
        if (s.state === 'ready' && s.pid !== undefined && s.pid !== pid) {
          off();
          resolve(s.pid);
        }
      });
    });
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((r) => setTimeout(r, 25));
  };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-crash-loop-'));
    core = openCore({ libraryDir: path.join(root, 'library') });
    router = createRouter(createHandlers(core));
    const photos = path.join(root, 'photos');
    fs.mkdirSync(photos);
    for (let i = 0; i < PRODUCTS; i++) {
      await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 17 * i, g: 100, b: 200 - 9 * i } } }).jpeg().toFile(path.join(photos, `item-${i}.jpg`));
    }
    productIds = (await importPhotos(core.db, core.libraryDir, [photos], { groupByName: false })).productIds;
    await startEngine();
  }, 120_000);

  afterAll(async () => {
    await core?.queue.stopAll();
    await core?.engine.stop();
    core?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('pauses with the reason from the server, keeps every unfinished product pending, and resume finishes them', async () => {
    const running = router.invoke('generate.start', { all: true, engine: 'local' }, ctx);
    await until(() => progress.some((p) => p.done >= 1));
    // Four kills within a minute: each of the first three is restarted (with backoff), the fourth is not.
    let pid = core.engine.status().pid!;
    for (let kill = 1; kill <= 4; kill++) {
      const next = kill < 4 ? nextReadyPid(pid) : undefined;
      process.kill(pid, 'SIGKILL');
      if (next) pid = await next;
    }
    const result = await running;
    expect(result.ok).toBe(true);
    const job = (result as { value: any }).value;
    expect(job).toMatchObject({ state: 'paused', failed: 0, failures: [] });
    expect(job.pauseReason).toMatch(/^The engine stopped 4 times within a minute, so it is not restarted again\. The engine was killed from outside \(SIGKILL\)/);
    expect(job.pauseReason).not.toMatch(/Download the model files/);
    expect(job.remaining).toBeGreaterThan(0);
    const states = core.db.prepare<[number], { state: string; n: number }>('SELECT state, COUNT(*) AS n FROM job_items WHERE job_id = ? GROUP BY state').all(job.jobId);
    expect(Object.fromEntries(states.map((s) => [s.state, s.n]))).toEqual({ done: job.done, pending: PRODUCTS - job.done });
    // The app and `generate --resume` find it, reason and all.
    expect(await call('generate.status', {})).toMatchObject({ jobId: job.jobId, state: 'paused', pauseReason: job.pauseReason });

    // The owner starts the engine again and resumes: the rest are written, each exactly once.
    await startEngine();
    const resumed = await call('generate.resume', { jobId: job.jobId });
    expect(resumed).toMatchObject({ state: 'done', done: PRODUCTS, failed: 0, remaining: 0, pauseReason: null });
    const perProduct = core.db.prepare<[], { product_id: number; n: number }>("SELECT product_id, COUNT(*) AS n FROM revisions WHERE source = 'generate' GROUP BY product_id ORDER BY product_id").all();
    expect(perProduct).toEqual(productIds.map((id) => ({ product_id: id, n: 1 })));
  }, 300_000);
});
