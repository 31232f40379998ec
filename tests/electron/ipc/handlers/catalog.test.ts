import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext } from '../../../../electron/ipc/router';
import { addProduct } from '../../export/library-fixture';

let dir: string;
let core: Core;
const ctx: HandlerContext = { emit: () => undefined };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-catalog-ipc-'));
  core = openCore({ libraryDir: dir });
});
afterEach(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('catalog routes', () => {
  it('previews, then applies with the user\'s choice for a conflicting row', async () => {
    const id = addProduct(core.db, { title: 'Tee', sku: 'TEE-1', price: '20' });
    const file = path.join(dir, 'shop.csv');
    fs.writeFileSync(file, 'SKU,Price,Qty\nTEE-1,22,5\n');
    const router = createRouter(createHandlers(core));
    const preview = await router.invoke('catalog.preview', { path: file }, ctx);
    expect(preview).toMatchObject({ ok: true, value: { counts: { matched: 0, conflict: 1, unmatched: 0 } } });
    const fingerprint = (preview as { value: { fingerprint: string } }).value.fingerprint;
    const applied = await router.invoke('catalog.apply', { path: file, fingerprint, choices: [{ line: 2, take: ['price'] }] }, ctx);
    expect(applied).toMatchObject({ ok: true, value: { productsUpdated: 1, fieldsFilled: 1, fieldsOverwritten: 1 } });
    expect(core.db.prepare('SELECT price FROM drafts WHERE product_id = ?').pluck().get(id)).toBe('22');
  });

  it('previews variant rows per product and applies them, or with createVariants false only updates the variants a product has', async () => {
    const id = addProduct(core.db, { title: 'Tee', sku: 'TEE-1', price: '20' });
    const file = path.join(dir, 'woo.csv');
    fs.writeFileSync(file, 'Type,SKU,Name,Parent,Regular price,Attribute 1 name,Attribute 1 value(s)\nvariable,TEE-1,Tee,,,Color,"Red, Blue"\nvariation,TEE-1-R,Tee - Red,TEE-1,21,Color,Red\nvariation,TEE-1-B,Tee - Blue,TEE-1,22,Color,Blue\n');
    const router = createRouter(createHandlers(core));
    const preview = (await router.invoke('catalog.preview', { path: file }, ctx)) as { ok: true; value: { fingerprint: string; variantProducts: { summary: string }[] } };
    expect(preview.value.variantProducts.map((p) => p.summary)).toEqual(['Tee: 0 variants matched, 2 new']);
    const updateOnly = await router.invoke('catalog.apply', { path: file, fingerprint: preview.value.fingerprint, createVariants: false }, ctx);
    expect(updateOnly).toMatchObject({ ok: true, value: { variantsCreated: 0, variantsSkipped: 2 } });
    const applied = await router.invoke('catalog.apply', { path: file, fingerprint: preview.value.fingerprint, choices: [{ line: 3, take: [], takeVariant: ['price'] }] }, ctx);
    expect(applied).toMatchObject({ ok: true, value: { variantsCreated: 2 } });
    expect(core.db.prepare('SELECT sku, price FROM variants WHERE product_id = ? ORDER BY position').all(id)).toEqual([{ sku: 'TEE-1-R', price: '21' }, { sku: 'TEE-1-B', price: '22' }]);
  });

  it('turns a malformed file into corrupt_file naming the file and line', async () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, 'SKU,Price\nA,"1\n');
    const result = await createRouter(createHandlers(core)).invoke('catalog.preview', { path: file }, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'corrupt_file', message: expect.stringMatching(/^bad\.csv, line \d+: a quoted value is never closed/) } });
  });
});
