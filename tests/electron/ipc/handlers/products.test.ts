import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRouter, type HandlerContext, type Router } from '../../../../electron/ipc/router';
import { seedProducts } from '../../db/temp-database';

/** Merge, undo and the Trash through the contract, over a real library folder. */
let root: string;
let core: Core;
let router: Router;
const ctx: HandlerContext = { emit: () => {} };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'products-handler-'));
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

/** Every row the three products own, in a stable order, to compare before and after. */
function snapshotRows(ids: readonly number[]): Record<string, unknown[]> {
  const list = JSON.stringify(ids);
  const rows = (sql: string) => core.db.prepare(sql).all(list);
  return {
    products: rows('SELECT * FROM products WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id'),
    photos: rows('SELECT * FROM photos WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY id'),
    drafts: rows('SELECT * FROM drafts WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id'),
    revisions: rows('SELECT * FROM revisions WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY id'),
  };
}

async function seedThreeEdited(): Promise<[number, number, number]> {
  const ids = seedProducts(core.db, [{ photos: ['jug_1.jpg', 'jug_2.jpg'] }, { photos: ['jug_3.jpg'] }, { photos: ['jug_4.jpg', 'jug_5.jpg'] }]) as [number, number, number];
  const texts = [
    ['Blue stoneware jug', 'A hand-thrown jug in deep blue glaze.'],
    ['Stoneware jug, side view', 'Side view of the same jug; the handle is smooth.'],
    ['Jug with chip', 'Small chip on the rim, priced to sell.'],
  ];
  for (const [i, id] of ids.entries()) {
    await call('drafts.update', { productId: id, fields: { title: texts[i]![0], description: texts[i]![1] } });
    await call('drafts.update', { productId: id, fields: { price: `${10 + i}.00` } });
  }
  return ids;
}

describe('products.merge and products.unmerge', () => {
  it('merging three edited products keeps every draft text reachable, and undo restores all three rows exactly', async () => {
    const [a, b, c] = await seedThreeEdited();
    const before = snapshotRows([a, b, c]);
    const texts = (before.drafts as { title: string; description: string }[]).map((d) => [d.title, d.description]);

    const preview = await call<{ productId: number; outcome: string }[]>('products.mergePreview', { targetId: a, sourceIds: [b, c] });
    expect(preview.map((e) => [e.productId, e.outcome])).toEqual([
      [a, 'stays-current'],
      [b, 'kept-in-history'],
      [c, 'kept-in-history'],
    ]);
    expect(snapshotRows([a, b, c])).toEqual(before);

    const merged = await call<{ productId: number; mergeId: number }>('products.merge', { targetId: a, sourceIds: [b, c] });
    expect(merged.productId).toBe(a);
    const list = await call<{ items: { id: number; photoCount: number }[] }>('products.list', {});
    expect(list.items.map((p) => [p.id, p.photoCount])).toEqual([[a, 5]]);

    // Every draft's text is still reachable from the merged product: its own as the draft, the others in its History.
    const draft = await call<{ title: string }>('drafts.get', { productId: a });
    expect(draft.title).toBe('Blue stoneware jug');
    const history = await call<{ revision: number; title: string; source: string; mergedFrom: number | null }[]>('drafts.revisions', { productId: a });
    const merges = history.filter((r) => r.source === 'merge');
    expect(merges.map((r) => [r.title, r.mergedFrom])).toEqual([
      ['Blue stoneware jug', null],
      ['Jug with chip', c],
      ['Stoneware jug, side view', b],
    ]);
    for (const [title, description] of texts) {
      const found = [];
      for (const r of history) {
        const snapshot = core.db.prepare<[number, number], string>('SELECT snapshot FROM revisions WHERE product_id = ? AND revision = ?').pluck().get(a, r.revision)!;
        const s = JSON.parse(snapshot) as { title: string; description: string };
        if (s.title === title && s.description === description) found.push(r.revision);
      }
      expect(found.length, title).toBeGreaterThan(0);
    }
    // Restoring one brings its text back as the merged product's draft; undo then refuses rather than lose that.
    const chip = merges.find((r) => r.mergedFrom === c)!;
    expect((await call<{ description: string }>('drafts.restore', { productId: a, revision: chip.revision })).description).toBe('Small chip on the rim, priced to sell.');
    await expect(router.invoke('products.unmerge', { mergeId: merged.mergeId }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('edited since') } });
  });

  it('undo right after a merge restores the three products, their photos, drafts and revisions exactly', async () => {
    const [a, b, c] = await seedThreeEdited();
    const before = snapshotRows([a, b, c]);
    const { mergeId } = await call<{ mergeId: number }>('products.merge', { targetId: a, sourceIds: [b, c] });
    expect(snapshotRows([a, b, c])).not.toEqual(before);

    expect(await call('products.unmerge', { mergeId })).toEqual({ productIds: [a, b, c] });
    expect(snapshotRows([a, b, c])).toEqual(before);
    const list = await call<{ items: { id: number; photoCount: number }[] }>('products.list', {});
    expect(list.items.map((p) => [p.id, p.photoCount])).toEqual([
      [a, 2],
      [b, 1],
      [c, 2],
    ]);
    expect(core.db.prepare('SELECT count(*) FROM merges').pluck().get()).toBe(0);
    await expect(router.invoke('products.unmerge', { mergeId }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('an empty target takes the first edited source draft as its own; undo gives the empty draft back', async () => {
    const [empty, edited] = seedProducts(core.db, [{ photos: ['vase_1.jpg'] }, { photos: ['vase_2.jpg'] }]) as [number, number];
    await call('drafts.update', { productId: edited, fields: { title: 'Green glass vase', sku: 'VASE-9' } });
    const before = snapshotRows([empty, edited]);
    const { mergeId, plan } = await call<{ mergeId: number; plan: { outcome: string }[] }>('products.merge', { targetId: empty, sourceIds: [edited] });
    expect(plan.map((e) => e.outcome)).toEqual(['nothing-to-keep', 'becomes-current']);
    expect(await call('drafts.get', { productId: empty })).toMatchObject({ title: 'Green glass vase', sku: 'VASE-9' });
    await call('products.unmerge', { mergeId });
    expect(snapshotRows([empty, edited])).toEqual(before);
  });
});

describe('the Trash', () => {
  it('delete moves products to the Trash, out of the grid; restore brings them back exactly', async () => {
    const [a, b] = await seedThreeEdited();
    const before = snapshotRows([a, b]);
    expect(await call('products.delete', { productIds: [a, b, 999] })).toEqual({ trashed: 2, missing: [999] });
    const ids = async (input: object) => (await call<{ items: { id: number }[] }>('products.list', input)).items.map((p) => p.id);
    expect(await ids({})).not.toContain(a);
    expect(await ids({ trash: true })).toEqual([a, b]);
    // Nothing deleted while in the Trash: only the moment it went there is recorded.
    const inTrash = snapshotRows([a, b]);
    expect({ ...inTrash, products: (inTrash.products as object[]).map((p) => ({ ...p, deleted_at: null })) }).toEqual(before);

    expect(await call('products.restore', { productIds: [a, b] })).toEqual({ restored: 2, missing: [] });
    expect(snapshotRows([a, b])).toEqual(before);
    expect(await ids({ trash: true })).toEqual([]);
    expect(await ids({})).toContain(a);
  });

  it('products in the Trash are neither merged nor generated', async () => {
    const [a, b] = seedProducts(core.db, [{ photos: ['x.jpg'] }, { groupKey: 'jug-blue', photos: ['Jug-Blue.jpg'] }]) as [number, number];
    await call('products.delete', { productIds: [b] });
    // Named by its photo's file-name stem as typed, as its card was: the owner never saw its number.
    await expect(router.invoke('products.merge', { targetId: a, sourceIds: [b] }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('"Jug-Blue" is not in the library') } });
    await expect(router.invoke('generate.start', { productIds: [b] }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('"Jug-Blue" is not in this library') } });
  });
});
