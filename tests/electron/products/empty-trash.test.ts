import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateDraft } from '../../../electron/drafts/update-draft';
import type { ImageFormat } from '../../../electron/photos/image-format';
import { importPhotos } from '../../../electron/photos/import-photos';
import { photoFiles } from '../../../electron/photos/library-paths';
import { emptyTrash, purgeExpiredTrash } from '../../../electron/products/empty-trash';
import { mergeProducts } from '../../../electron/products/merge-products';
import { trashProducts } from '../../../electron/products/trash-products';
import { openTempDatabase } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

const DAY = 24 * 60 * 60 * 1000;

/** Three real photos imported as three products (mug, scarf, vase), each with an edited draft. */
async function importThree(): Promise<number[]> {
  const sources = [];
  for (const [name, colour] of [['mug', '#1565c0'], ['scarf', '#b22234'], ['vase', '#2e7d32']] as const) {
    const file = path.join(temp.dir, `${name}.png`);
    await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).png().toFile(file);
    sources.push(file);
  }
  const { productIds } = await importPhotos(temp.db, temp.dir, sources);
  for (const id of productIds) updateDraft(temp.db, id, { title: `Item ${id}` }, { source: 'edit' });
  return productIds;
}

function filesOf(id: number): string[] {
  return temp.db
    .prepare<[number], { sha256: string; format: ImageFormat }>('SELECT sha256, format FROM photos WHERE product_id = ?')
    .all(id)
    .flatMap((p) => Object.values(photoFiles(temp.dir, p.sha256, p.format)));
}

const productIds = () => temp.db.prepare('SELECT id FROM products ORDER BY id').pluck().all();

describe('emptyTrash', () => {
  it("deletes what is in the Trash for good, rows and image files, and keeps the library's", async () => {
    const [mug, scarf, vase] = (await importThree()) as [number, number, number];
    const [gone, kept] = [[...filesOf(mug), ...filesOf(vase)], filesOf(scarf)];
    expect(gone).toHaveLength(6);
    trashProducts(temp.db, [mug, vase]);
    for (const file of gone) expect(fs.existsSync(file), `${file} while in the Trash`).toBe(true);

    expect(await emptyTrash(temp.db, temp.dir)).toBe(2);
    expect(productIds()).toEqual([scarf]);
    for (const table of ['photos', 'drafts', 'revisions']) expect(temp.db.prepare(`SELECT DISTINCT product_id FROM ${table}`).pluck().all(), table).toEqual([scarf]);
    for (const file of gone) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
  });

  it('takes along the products that were merged into a product it deletes', async () => {
    const [mug, scarf, vase] = (await importThree()) as [number, number, number];
    mergeProducts(temp.db, mug, [scarf]);
    trashProducts(temp.db, [mug]);
    expect(await emptyTrash(temp.db, temp.dir)).toBe(1);
    expect(productIds()).toEqual([vase]);
    expect(temp.db.prepare('SELECT count(*) FROM merges').pluck().get()).toBe(0);
  });
});

describe('purgeExpiredTrash', () => {
  it('deletes for good only what has been in the Trash longer than 30 days', async () => {
    const [mug, scarf, vase] = (await importThree()) as [number, number, number];
    const now = Date.now();
    trashProducts(temp.db, [mug], new Date(now - 31 * DAY));
    trashProducts(temp.db, [scarf], new Date(now - 29 * DAY));
    const [oldFiles, recentFiles] = [filesOf(mug), filesOf(scarf)];

    expect(await purgeExpiredTrash(temp.db, temp.dir, now)).toBe(1);
    expect(productIds()).toEqual([scarf, vase]);
    for (const file of oldFiles) expect(fs.existsSync(file), file).toBe(false);
    for (const file of recentFiles) expect(fs.existsSync(file), file).toBe(true);
  });

  it('resolves to nothing purged, without rejecting, when the library closed before it ran', async () => {
    const [mug] = (await importThree()) as [number];
    trashProducts(temp.db, [mug], new Date(Date.now() - 40 * DAY));
    const purge = purgeExpiredTrash(temp.db, temp.dir);
    temp.db.close();
    await expect(purge).resolves.toBe(0);
  });
});
