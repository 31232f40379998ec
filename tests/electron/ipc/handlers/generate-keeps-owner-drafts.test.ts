import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Router } from '../../../../electron/ipc/router';
import { importPhotos } from '../../../../electron/photos/import-photos';
import { photoFiles } from '../../../../electron/photos/library-paths';
import type { ImageFormat } from '../../../../electron/photos/image-format';
import { findTestLlamaServer } from '../../../helpers/llama-server';
import { tinyModelPair } from '../../../helpers/tiny-model';

const binary = findTestLlamaServer();
const ctx: HandlerContext = { emit: () => undefined };

/**
 * "Generate all" over a real library and the tiny model in a real llama-server, after the owner
 * edited and approved some drafts through the same routes the window uses.
 */
describe.skipIf(!binary)('generate all keeps the owner\'s drafts (real llama-server)', () => {
  let root: string;
  let core: Core;
  let router: Router;
  let ids: number[];

  const call = async (route: string, input: unknown): Promise<any> => {
    const result = await router.invoke(route, input, ctx);
    if (!result.ok) throw new Error(`${route}: ${result.error.message}`);
    return result.value;
  };
  const draft = (productId: number) => call('drafts.get', { productId });
  let colour = 0;
  const importColours = async (names: string[]) => {
    const dir = fs.mkdtempSync(path.join(root, 'photos-'));
    for (const name of names) {
      await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30 * colour++, g: 90, b: 150 } } }).jpeg().toFile(path.join(dir, `${name}.jpg`));
    }
    await importPhotos(core.db, core.libraryDir, [dir]);
    const byName = core.db.prepare<[string], number>('SELECT product_id FROM photos WHERE original_name = ?').pluck();
    return names.map((name) => byName.get(`${name}.jpg`)!);
  };
  const modelInputOf = (productId: number) => {
    const photo = core.db.prepare<[number], { sha256: string; format: ImageFormat }>('SELECT sha256, format FROM photos WHERE product_id = ?').get(productId)!;
    return photoFiles(core.libraryDir, photo.sha256, photo.format).modelInput;
  };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-keeps-owner-'));
    core = openCore({ libraryDir: path.join(root, 'library') });
    router = createRouter(createHandlers(core));
    ids = await importColours(['mug', 'vase', 'bowl', 'plate', 'jug']);
    const files = tinyModelPair();
    await call('engine.start', { model: files.model, mmproj: files.mmproj, parallel: 2, contextSize: 8192 });
  }, 120_000);

  afterAll(async () => {
    await core?.queue.stopAll();
    await core?.engine.stop();
    core?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('writes only new and failed products by default, reports counts by kind, and rewrites approved ones only when asked, keeping the owner\'s version one step away', async () => {
    const [mug, vase, bowl, plate, jug] = ids as [number, number, number, number, number];
    // The jug's photo is unreadable on the first run, so its generation fails for its own reason.
    const jugInput = modelInputOf(jug);
    fs.renameSync(jugInput, `${jugInput}.away`);
    const first = await call('generate.start', { all: true, engine: 'local' });
    expect(first).toMatchObject({ state: 'done', total: 5, done: 4, failed: 1, failures: [{ productId: jug }] });
    fs.renameSync(`${jugInput}.away`, jugInput);

    // The owner's work: a title typed on the vase, the bowl approved, the plate edited and approved.
    await call('drafts.update', { productId: vase, fields: { title: 'Tall blue vase, hand-thrown' } });
    await call('drafts.setStatus', { productIds: [bowl], status: 'approved' });
    await call('drafts.update', { productId: plate, fields: { title: 'Dinner plate, speckled glaze', price: '18.00' } });
    await call('drafts.setStatus', { productIds: [plate], status: 'approved' });
    const [cup, jar] = await importColours(['cup', 'jar']) as [number, number];
    const before = new Map(await Promise.all(ids.map(async (id) => [id, await draft(id)] as const)));

    const plan = await call('generate.plan', { all: true });
    expect(plan).toEqual({ write: 3, counts: { new: 3, drafts: 1, edited: 1, approved: 2 }, failed: 1, kept: { new: 0, drafts: 1, edited: 1, approved: 2 } });

    const second = await call('generate.start', { all: true, engine: 'local' });
    expect(second).toMatchObject({ state: 'done', total: 3, done: 3, failed: 0 });
    const written = core.db.prepare<[number], number>('SELECT product_id FROM job_items WHERE job_id = ? ORDER BY product_id').pluck().all(second.jobId);
    expect(written).toEqual([jug, cup, jar].sort((a, b) => a - b));
    for (const id of [mug, vase, bowl, plate]) expect(await draft(id)).toEqual(before.get(id));
    expect((await draft(jug)).title.length).toBeGreaterThan(0);

    // Nothing new left: "Generate all" says so with the counts instead of rewriting anything.
    const nothing = await router.invoke('generate.start', { all: true, engine: 'local' }, ctx);
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Every product already has a draft (4 model drafts, 1 edited by you, 2 approved)') } });

    // The owner chooses to rewrite the approved ones too: only those two are written.
    expect(await call('generate.plan', { all: true, rewrite: ['approved'] })).toMatchObject({ write: 2, kept: { drafts: 4, edited: 1, approved: 0 } });
    const third = await call('generate.start', { all: true, engine: 'local', rewrite: ['approved'] });
    expect(third).toMatchObject({ state: 'done', total: 2, done: 2 });
    expect(await draft(vase)).toEqual(before.get(vase));
    const rewritten = await draft(plate);
    expect(rewritten.revision).toBe(before.get(plate).revision + 1);
    expect(rewritten.status).not.toBe('approved');
    expect(rewritten.price).toBe('18.00');

    // The owner's version is the revision before, and comes back whole in one step.
    const putBack = await call('drafts.putBack', { productId: plate });
    expect(putBack).toMatchObject({ title: 'Dinner plate, speckled glaze', price: '18.00', status: 'approved', revision: rewritten.revision + 1 });
    const history = await call('drafts.revisions', { productId: plate });
    expect(history.slice(0, 3).map((r: { source: string }) => r.source)).toEqual(['restore', 'generate', 'edit']);
    // A second put-back has nothing of the model's to undo.
    expect(await router.invoke('drafts.putBack', { productId: plate }, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  }, 300_000);
});
