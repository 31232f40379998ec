import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Router } from '../../../../electron/ipc/router';
import type { RouteOutput } from '../../../../shared/ipc/contract';
import { makeProductShot } from '../../photos/make-test-images';
import { variantTables } from '../../variants/seed-variants';

/** The variants routes through the contract, over a real library folder and real photos. */
let root: string;
let core: Core;
let router: Router;
const ctx: HandlerContext = { emit: () => {} };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'variants-handler-'));
  core = openCore({ libraryDir: path.join(root, 'library') });
  router = createRouter(createHandlers(core));
});
afterEach(() => {
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function call<T>(route: string, input: unknown): Promise<T> {
  const reply = await router.invoke(route, input, ctx);
  if (!reply.ok) throw new Error(`${route}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

async function refusal(route: string, input: unknown): Promise<{ code: string; message: string }> {
  const reply = await router.invoke(route, input, ctx);
  if (reply.ok) throw new Error(`${route} was expected to refuse`);
  return reply.error;
}

async function importShots(shots: Record<string, string>, groupByName = true): Promise<RouteOutput<'library.import'>> {
  const drop = path.join(root, 'drop');
  fs.mkdirSync(drop, { recursive: true });
  let seed = 3;
  const files: string[] = [];
  for (const [name, colour] of Object.entries(shots)) {
    const file = path.join(drop, name);
    fs.writeFileSync(file, await makeProductShot({ product: colour, seed: seed++ * 131 }));
    files.push(file);
  }
  return call('library.import', { paths: files, groupByName });
}

type Variants = RouteOutput<'variants.get'>;

describe('variants routes', () => {
  it('import → get → update (refused with the message, then saved) → products.list counts variants', async () => {
    const imported = await importShots({ 'TEE-01-RED_1.jpg': '#d01010', 'TEE-01-BLUE_1.jpg': '#1040d0', 'vase.jpg': '#806040' });
    expect(imported.variantGroups.map((g) => g.summary)).toEqual(['TEE-01: 2 variants (Red, Blue)']);
    const productId = imported.variantGroups[0]!.productId;
    const got = await call<Variants>('variants.get', { productId });
    expect(got.variants.map((v) => v.values)).toEqual([['Red'], ['Blue']]);

    const fields = got.variants.map((v) => ({ id: v.id, values: v.values, sku: v.sku, price: v.price, barcode: v.barcode, quantity: v.quantity }));
    const bad = await refusal('variants.update', { productId, optionNames: ['Color'], variants: [{ ...fields[0], values: ['Red, dark'] }, fields[1]] });
    expect(bad).toEqual({
      code: 'invalid_input',
      message: 'The "Red, dark" value of TEE-01\'s variant 1 holds a comma; storefronts split values on commas. Use "Dark red" or a dash. Nothing was saved.',
    });
    const saved = await call<Variants>('variants.update', { productId, optionNames: ['Color'], variants: [{ ...fields[0], values: ['Dark red'], price: '21.00' }, fields[1]] });
    expect(saved.variants.map((v) => [v.values[0], v.valueSources[0], v.price])).toEqual([
      ['Dark red', 'owner', '21.00'],
      ['Blue', 'name', null],
    ]);
    const list = await call<{ items: { id: number; variantCount: number }[] }>('products.list', {});
    expect(list.items.map((p) => p.variantCount).sort()).toEqual([0, 2]);
  });

  it('make → unmerge and split → rejoin through the routes leave every row as it was', async () => {
    // One product per photo, as an owner would have them before choosing Make variants.
    const imported = await importShots({ 'JUG-RED.jpg': '#d01010', 'jug-teal.jpg': '#108080', 'IMG_0042.jpg': '#1040d0' }, false);
    const ids = imported.productIds;
    expect(imported.variantGroups).toEqual([]);
    const before = variantTables(core.db);
    const made = await call<RouteOutput<'variants.make'>>('variants.make', { productIds: ids });
    expect(made.variants.variants.map((v) => [v.values[0], v.valueSources[0]])).toEqual([
      ['Red', 'name'],
      ['Teal', 'name'],
      ['Blue', 'measured'],
    ]);
    const split = await call<RouteOutput<'variants.split'>>('variants.split', { variantId: made.variants.variants[2]!.id });
    const afterSplit = await call<{ items: { id: number; variantCount: number }[] }>('products.list', {});
    expect(afterSplit.items.map((p) => [p.id, p.variantCount])).toEqual([
      [made.productId, 2],
      [split.productId, 0],
    ]);
    const back = await call<RouteOutput<'variants.rejoin'>>('variants.rejoin', { splitId: split.splitId });
    expect(back.variants.variants).toEqual(made.variants.variants);
    await call('products.unmerge', { mergeId: made.mergeId });
    expect(variantTables(core.db)).toEqual(before);
  });

  it('deleting a product with variants for good takes its variants and split records along', async () => {
    const imported = await importShots({ 'MUG_S.jpg': '#f5f5f5', 'MUG_L.jpg': '#e8e8e8' });
    const productId = imported.productIds[0]!;
    const got = await call<Variants>('variants.get', { productId });
    await call('variants.split', { variantId: got.variants[0]!.id });
    await call('products.delete', { productIds: [productId] });
    expect(await call('products.emptyTrash', {})).toEqual({ deleted: 1 });
    expect(core.db.prepare('SELECT count(*) FROM variants').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM variant_splits').pluck().get()).toBe(0);
    expect((await refusal('variants.get', { productId })).code).toBe('not_found');
  });
});
