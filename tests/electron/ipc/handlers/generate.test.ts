import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { writeGenerationSettings } from '../../../../electron/generation/settings-store';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Router } from '../../../../electron/ipc/router';
import { importPhotos } from '../../../../electron/photos/import-photos';
import { writeQueueSettings } from '../../../../electron/generation/queue-settings';
import { generationSettingsSchema } from '../../../../shared/domain/generation-options';
import { completionReply, fakeListing, startFaultServer, type FaultServer } from '../../../helpers/fault-server';

const KEY = 'sk-generate-routes';
let fault: FaultServer;
let root: string;
let core: Core;
let router: Router;
let productIds: number[];
const events: { event: string; payload: any }[] = [];
const ctx: HandlerContext = { emit: (event, payload) => events.push({ event, payload }) };

beforeAll(async () => {
  fault = await startFaultServer({ apiKey: KEY, fallback: completionReply(JSON.stringify(fakeListing())) });
});
afterAll(async () => {
  await fault.close();
});

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-routes-'));
  process.env.LISTING_STUDIO_CLOUD_KEY = KEY;
  core = openCore({ libraryDir: path.join(root, 'library') });
  writeGenerationSettings(core.db, generationSettingsSchema.parse({ provider: 'cloud', cloud: { baseURL: fault.baseURL, model: 'gpt-4.1-mini' } }));
  const photos = path.join(root, 'photos');
  fs.mkdirSync(photos);
  for (const [i, name] of ['mug', 'vase', 'bowl', 'plate', 'jug', 'cup'].entries()) {
    await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40 * i, g: 80, b: 120 } } }).jpeg().toFile(path.join(photos, `${name}.jpg`));
  }
  productIds = (await importPhotos(core.db, core.libraryDir, [photos])).productIds;
  router = createRouter(createHandlers(core));
  events.length = 0;
  fault.setFallback(completionReply(JSON.stringify(fakeListing())));
});

afterEach(async () => {
  await core.queue.stopAll();
  core.close();
  delete process.env.LISTING_STUDIO_CLOUD_KEY;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('generate routes', () => {
  it('generate.start resolves when the job is done, with progress events down to zero remaining', async () => {
    const result = await router.invoke('generate.start', { all: true, engine: 'cloud', words: 50, target: 'etsy' }, ctx);
    expect(result).toMatchObject({ ok: true, value: { state: 'done', total: 6, done: 6, failed: 0, remaining: 0, failures: [] } });
    const progress = events.filter((e) => e.event === 'generate.progress').map((e) => e.payload);
    expect(progress.at(-1)).toMatchObject({ done: 6, failed: 0, remaining: 0, etaSeconds: 0 });
    expect(new Set(progress.map((p) => p.lastProductId).filter(Boolean))).toEqual(new Set(productIds));
    const perProduct = core.db.prepare("SELECT product_id, COUNT(*) AS n FROM revisions WHERE source = 'generate' GROUP BY product_id").all();
    expect(perProduct).toHaveLength(6);
  });

  it('generate.items lists a job\'s products not yet written, in queue order, and refuses an unknown job', async () => {
    const jobId = core.queue.create('generate', {}, productIds);
    expect(await router.invoke('generate.items', { jobId }, ctx)).toEqual({ ok: true, value: { waiting: productIds, running: [] } });
    expect(await router.invoke('generate.items', { jobId: jobId + 100 }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('rejects a request that names no products, or both ways', async () => {
    expect(await router.invoke('generate.start', {}, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await router.invoke('generate.start', { all: true, productIds: [1] }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('names products that are not in the library', async () => {
    const result = await router.invoke('generate.start', { productIds: [productIds[0], 9999], engine: 'cloud' }, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Product 9999 is not in this library; refresh the product list and try again.' } });
  });

  it('one failing product does not stop the batch', async () => {
    // The first request gets a 400 the pipeline does not retry; every other one a valid listing.
    fault.enqueue({ status: 400, json: { error: { message: 'Invalid request: unsupported parameter', type: 'invalid_request_error' } } });
    const result = await router.invoke('generate.start', { all: true, engine: 'cloud' }, ctx);
    expect(result).toMatchObject({ ok: true, value: { state: 'done', total: 6, done: 5, failed: 1 } });
  });

  it('pause, status, resume and cancel act on the running job', async () => {
    writeQueueSettings(core.db, { cloudConcurrency: 2 });
    // Pause from inside the progress event after the second product, while the job is running.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const running = router.invoke('generate.start', { all: true, engine: 'cloud' }, { emit: (event, payload) => {
      ctx.emit(event, payload);
      if (event === 'generate.progress' && (payload as { done: number }).done === 2) release();
    } });
    await gate;
    const jobId = events.find((e) => e.event === 'generate.progress')!.payload.jobId as number;
    expect(await router.invoke('generate.pause', { jobId }, ctx)).toMatchObject({ ok: true, value: { state: 'paused' } });
    const pausedAt = core.db.prepare("SELECT COUNT(*) FROM job_items WHERE job_id = ? AND state = 'done'").pluck().get(jobId) as number;
    await new Promise((r) => setTimeout(r, 300));
    expect(core.db.prepare("SELECT COUNT(*) FROM job_items WHERE job_id = ? AND state IN ('done', 'running')").pluck().get(jobId)).toBeLessThanOrEqual(pausedAt + 2);
    expect(await router.invoke('generate.status', {}, ctx)).toMatchObject({ ok: true, value: { jobId, state: 'paused' } });
    expect(await router.invoke('generate.start', { all: true, engine: 'cloud' }, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const cancelled = await router.invoke('generate.cancel', { jobId }, ctx);
    expect(cancelled).toMatchObject({ ok: true, value: { state: 'cancelled', remaining: 0 } });
    const final = await running;
    expect(final).toMatchObject({ ok: true, value: { state: 'cancelled' } });
    const value = (final as { value: { done: number; cancelled: number } }).value;
    expect(value.done + value.cancelled).toBe(6);
    expect(await router.invoke('generate.status', {}, ctx)).toEqual({ ok: true, value: null });
    expect(await router.invoke('generate.resume', { jobId }, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('resumes an interrupted job from its stored settings', async () => {
    const jobId = core.queue.create('generate', { engine: 'cloud', options: generationSettingsSchema.parse({}).options, concurrency: 2 }, productIds);
    core.db.prepare("UPDATE jobs SET state = 'running' WHERE id = ?").run(jobId);
    // An item a killed process was holding.
    core.db.prepare("UPDATE job_items SET state = 'running', runner = 'gone-host:1:x', lease_until = '2000-01-01T00:00:00.000Z', attempts = 1 WHERE job_id = ? AND product_id = ?").run(jobId, productIds[0]);
    expect(await router.invoke('generate.start', { all: true, engine: 'cloud' }, ctx)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('stopped before it finished (6 products left)') } });
    const resumed = await router.invoke('generate.resume', { jobId }, ctx);
    expect(resumed).toMatchObject({ ok: true, value: { jobId, state: 'done', done: 6 } });
  });

  it('says what to do when no local model is running', async () => {
    const result = await router.invoke('generate.start', { all: true, engine: 'local' }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'engine_unavailable', message: expect.stringContaining('No local model is running') } });
    expect(core.db.prepare('SELECT COUNT(*) FROM jobs').pluck().get()).toBe(0);
  });
});
