import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext } from '../../../../electron/ipc/router';
import { addDocExampleProducts, addProduct } from '../../export/library-fixture';

let dir: string;
let core: Core;
let events: { event: string; payload: unknown }[];
const ctx: HandlerContext = { emit: (event, payload) => events.push({ event, payload }) };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-export-ipc-'));
  // Exports go beside the library, never into it.
  core = openCore({ libraryDir: path.join(dir, 'library') });
  events = [];
});
afterEach(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('export routes', () => {
  it('export.lint returns the report and export.run writes the file, emitting tagged progress', async () => {
    addDocExampleProducts(core.db);
    addProduct(core.db, { title: 'No price', sku: 'NP-1', price: null });
    const router = createRouter(createHandlers(core));
    const lint = await router.invoke('export.lint', { target: 'ebay', options: { ebayCategoryId: '15687' } }, ctx);
    expect(lint).toMatchObject({ ok: true, value: { checked: 3, failingProductIds: [3] } });

    const outputPath = path.join(dir, 'ebay.csv');
    const run = await router.invoke('export.run', { target: 'ebay', outputPath, onLintFailure: 'skip', jobId: 'job-1', options: { ebayCategoryId: '15687', copyImages: false } }, ctx);
    expect(run).toMatchObject({ ok: true, value: { status: 'written', exportedProductIds: [1, 2], skippedProductIds: [3], file: outputPath } });
    expect(fs.existsSync(outputPath)).toBe(true);
    expect(events.filter((e) => e.event === 'export.progress').map((e) => e.payload)).toContainEqual({ jobId: 'job-1', phase: 'write', done: 3, total: 3 });
  });

  it('refuses options that cannot be right, naming the field', async () => {
    const router = createRouter(createHandlers(core));
    const result = await router.invoke('export.run', { target: 'shopify', outputPath: path.join(dir, 'x.csv'), options: { imageBaseUrl: 'ftp://x' } }, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('options.imageBaseUrl') } });
  });

  it('export.cancel stops a running export', async () => {
    for (let i = 0; i < 2000; i++) addProduct(core.db, { title: `Tote ${i}`, sku: `T${i}`, price: '5' });
    const router = createRouter(createHandlers(core));
    const outputPath = path.join(dir, 'big.csv');
    const run = router.invoke('export.run', { target: 'generic', outputPath, jobId: 'big', options: { copyImages: false } }, ctx);
    await new Promise<void>((resolve) => {
      const wait = () => (events.length > 0 ? resolve() : setImmediate(wait));
      wait();
    });
    expect(await router.invoke('export.cancel', { jobId: 'big' }, ctx)).toEqual({ ok: true, value: { cancelled: true } });
    expect(await run).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(fs.existsSync(outputPath)).toBe(false);
    expect(await router.invoke('export.cancel', { jobId: 'big' }, ctx)).toEqual({ ok: true, value: { cancelled: false } });
  });
});
