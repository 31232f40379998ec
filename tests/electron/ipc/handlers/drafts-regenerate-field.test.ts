import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Router } from '../../../../electron/ipc/router';
import { importPhotos } from '../../../../electron/photos/import-photos';
import { findTestLlamaServer } from '../../../helpers/llama-server';
import { tinyModelPair } from '../../../helpers/tiny-model';

const binary = findTestLlamaServer();
const ctx: HandlerContext = { emit: () => undefined };
let root: string;
let core: Core;
let router: Router;
let productId: number;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'regenerate-field-route-'));
  core = openCore({ libraryDir: path.join(root, 'library') });
  const photo = path.join(root, 'tote.jpg');
  await sharp({ create: { width: 96, height: 72, channels: 3, background: '#2e7d32' } }).jpeg().toFile(photo);
  productId = (await importPhotos(core.db, core.libraryDir, [photo])).productIds[0]!;
  router = createRouter(createHandlers(core));
  await router.invoke('drafts.update', { productId, fields: { description: 'A green canvas tote.', price: '12.00' } }, ctx);
});

afterEach(async () => {
  await core.engine.stop();
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const revisionCount = () => (core.db.prepare('SELECT COUNT(*) AS n FROM revisions WHERE product_id = ?').get(productId) as { n: number }).n;

describe('drafts.regenerateField', () => {
  it('says no local model is running, and what to do, when none is started', async () => {
    const result = await router.invoke('drafts.regenerateField', { productId, field: 'title' }, ctx);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'engine_unavailable',
        message: 'No local model is running. Start one in Settings (Engine and model), or choose the cloud model there.',
      },
    });
    expect(revisionCount()).toBe(1);
  });

  it('refuses the price and the SKU before looking for a model', async () => {
    const price = await router.invoke('drafts.regenerateField', { productId, field: 'price' }, ctx);
    expect(price).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('the price is never written by the model. Type it in the editor') } });
    const sku = await router.invoke('drafts.regenerateField', { productId, field: 'sku' }, ctx);
    expect(sku).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('the SKU is never written by the model') } });
    expect(revisionCount()).toBe(1);
  });

  it('rejects a field the contract does not name', async () => {
    const result = await router.invoke('drafts.regenerateField', { productId, field: 'colour' }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.skipIf(!binary)('with the local model started: saves a new title as one generate revision, the rest untouched (real llama-server)', async () => {
    const files = tinyModelPair();
    const started = await router.invoke('engine.start', { model: files.model, mmproj: files.mmproj, parallel: 1, contextSize: 4096 }, ctx);
    expect(started).toMatchObject({ ok: true, value: { state: 'ready' } });

    const result = await router.invoke('drafts.regenerateField', { productId, field: 'title', baseRevision: 1 }, ctx);
    expect(result).toMatchObject({ ok: true, value: { productId, revision: 2, description: 'A green canvas tote.', price: '12.00', tags: [], attributes: {} } });
    const title = result.ok ? (result.value as { title: string }).title : '';
    expect(title.length).toBeGreaterThan(0);
    const sources = core.db.prepare('SELECT source FROM revisions WHERE product_id = ? ORDER BY revision').all(productId);
    expect(sources).toEqual([{ source: 'edit' }, { source: 'generate' }]);
    // A request that wrote the title is in the library's generation log.
    expect(fs.readFileSync(path.join(core.libraryDir, 'logs', 'generation.log'), 'utf8')).toContain('"outcome":"ok"');
  });
});
