import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Handlers } from '../../../electron/ipc/router';
import { seedProducts } from '../db/temp-database';

let dir: string;
let core: Core;
const ctx: HandlerContext = { emit: () => undefined };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-router-'));
  core = openCore({ libraryDir: dir });
});
afterEach(() => {
  if (core.db.open) core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('router', () => {
  it('runs a handler on valid input and returns its value', async () => {
    const [id] = seedProducts(core.db, [{ photos: ['cup.jpg'] }]) as [number];
    const router = createRouter(createHandlers(core));
    const saved = await router.invoke('drafts.update', { productId: id, baseRevision: 0, fields: { title: 'Tea cup' } }, ctx);
    expect(saved).toMatchObject({ ok: true, value: { productId: id, title: 'Tea cup', revision: 1, status: 'draft' } });
    const list = await router.invoke('products.list', {}, ctx);
    expect(list).toMatchObject({ ok: true, value: { total: 1, items: [{ id, title: 'Tea cup', photoCount: 1 }] } });
  });

  it('turns invalid input into invalid_input naming the field, without running the handler', async () => {
    const [id] = seedProducts(core.db, [{}]) as [number];
    const router = createRouter(createHandlers(core));
    const result = await router.invoke('drafts.update', { productId: id, fields: { price: 'twelve' } }, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('fields.price') } });
    expect(core.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
    const missing = await router.invoke('products.merge', { targetId: 1 }, ctx);
    expect(missing).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('sourceIds') } });
  });

  it("passes an AppError's code and message through", async () => {
    const router = createRouter(createHandlers(core));
    const [id] = seedProducts(core.db, [{}]) as [number];
    await router.invoke('drafts.update', { productId: id, fields: { title: 'a' } }, ctx);
    const stale = await router.invoke('drafts.update', { productId: id, baseRevision: 0, fields: { title: 'b' } }, ctx);
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Reload the draft') } });
    const gone = await router.invoke('products.photos', { productId: 4040 }, ctx);
    expect(gone).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Product 4040') } });
  });

  it('answers not_found for an unknown route, including names from Object.prototype', async () => {
    const router = createRouter(createHandlers(core));
    await expect(router.invoke('drafts.explode', {}, ctx)).resolves.toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown route "drafts.explode".' } });
    await expect(router.invoke('toString', {}, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it("turns a handler's unexpected throw into internal, resolving rather than rejecting, and logs it", async () => {
    const logged: string[] = [];
    const router = createRouter(createHandlers(core), { logError: (route) => logged.push(route) });
    core.close();
    const result = await router.invoke('products.list', {}, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('products.list failed unexpectedly') } });
    expect(logged).toEqual(['products.list']);
  });

  it('turns a thrown non-Error value into internal too', async () => {
    const fakeHandlers: Handlers = {
      ...createHandlers(core),
      'app.info': () => {
        throw 'fake failure that is not an Error';
      },
    };
    const result = await createRouter(fakeHandlers).invoke('app.info', {}, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('fake failure that is not an Error') } });
  });
});
