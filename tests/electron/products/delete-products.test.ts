import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateDraft } from '../../../electron/drafts/update-draft';
import type { ImageFormat } from '../../../electron/photos/image-format';
import { importPhotos } from '../../../electron/photos/import-photos';
import { photoFiles } from '../../../electron/photos/library-paths';
import { deleteProducts } from '../../../electron/products/delete-products';
import { openTempDatabase, seedProducts } from '../db/temp-database';

let temp: ReturnType<typeof openTempDatabase>;
beforeEach(() => {
  temp = openTempDatabase();
});
afterEach(() => temp.cleanup());

describe('deleteProducts', () => {
  it('deletes the products with their photos, drafts and revisions, and nothing else', async () => {
    const [a, b, c] = seedProducts(temp.db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }, { photos: ['c.jpg'] }]) as [number, number, number];
    for (const id of [a, b, c]) updateDraft(temp.db, id, { title: `T${id}` }, { source: 'edit' });
    expect(await deleteProducts(temp.db, temp.dir, [a, c])).toEqual({ deleted: 2, missing: [] });
    for (const table of ['photos', 'drafts', 'revisions']) {
      expect(temp.db.prepare(`SELECT product_id FROM ${table}`).pluck().all(), table).toEqual([b]);
    }
  });

  it('reports ids that were already gone instead of failing', async () => {
    const [a] = seedProducts(temp.db, [{}]) as [number];
    expect(await deleteProducts(temp.db, temp.dir, [a, 8080])).toEqual({ deleted: 1, missing: [8080] });
    expect(await deleteProducts(temp.db, temp.dir, [a])).toEqual({ deleted: 0, missing: [a] });
  });

  it("removes the deleted products' original, thumbnail and model input from disk, and keeps the others'", async () => {
    const sources = [];
    for (const [name, colour] of [['mug', '#1565c0'], ['scarf', '#b22234'], ['vase', '#2e7d32']] as const) {
      const file = path.join(temp.dir, `${name}.png`);
      await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).png().toFile(file);
      sources.push(file);
    }
    const { productIds } = await importPhotos(temp.db, temp.dir, sources);
    const filesOf = (id: number) =>
      temp.db
        .prepare<[number], { sha256: string; format: ImageFormat }>('SELECT sha256, format FROM photos WHERE product_id = ?')
        .all(id)
        .flatMap((p) => Object.values(photoFiles(temp.dir, p.sha256, p.format)));
    const [gone, kept] = [filesOf(productIds[0]!), filesOf(productIds[1]!)];
    expect(gone).toHaveLength(3);
    for (const file of [...gone, ...kept]) expect(fs.existsSync(file), file).toBe(true);

    expect(await deleteProducts(temp.db, temp.dir, [productIds[0]!])).toEqual({ deleted: 1, missing: [] });
    for (const file of gone) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
  });
});
