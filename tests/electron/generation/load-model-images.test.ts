import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open-database';
import { findUnreadablePhotos, loadModelImages, modelInputFile } from '../../../electron/generation/load-model-images';
import { importPhotos } from '../../../electron/photos/import-photos';
import { getPhotos } from '../../../electron/products/get-photos';

let dir: string;
let db: Db;

afterEach(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function importWebpAndPng() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-model-images-'));
  const base = sharp({ create: { width: 600, height: 400, channels: 3, background: '#ffffff' } }).composite([
    { input: { create: { width: 200, height: 200, channels: 3, background: '#2e7d32' } }, top: 100, left: 200 },
  ]);
  const webp = path.join(dir, 'vase_1.webp');
  const png = path.join(dir, 'vase_2.png');
  await base.clone().webp().toFile(webp);
  await base.clone().png().toFile(png);
  db = openDatabase(path.join(dir, 'library.sqlite'));
  const { productIds } = await importPhotos(db, dir, [webp, png]);
  return getPhotos(db, productIds[0]!);
}

const decode = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

describe('loadModelImages', () => {
  it('sends WebP and PNG photos as JPEG data URLs, shrunk when asked', async () => {
    const photos = await importWebpAndPng();
    const asIs = await loadModelImages(dir, photos);
    const small = await loadModelImages(dir, photos, 192);
    for (const image of [...asIs, ...small]) {
      expect(image.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
      expect((await sharp(decode(image.dataUrl)).metadata()).format).toBe('jpeg');
    }
    expect(asIs.map((i) => [i.width, i.height])).toEqual([[600, 400], [600, 400]]);
    expect(small.map((i) => [i.width, i.height])).toEqual([[192, 128], [192, 128]]);
  });

  it('names the photo whose model-input image is missing or broken, and the product as the caller names it', async () => {
    const photos = await importWebpAndPng();
    fs.writeFileSync(modelInputFile(dir, photos[1]!), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]));
    expect((await findUnreadablePhotos(dir, photos)).map((u) => u.photo.originalName)).toEqual(['vase_2.png']);
    await expect(loadModelImages(dir, photos, 192, '"Blue vase"')).rejects.toThrow(/Photo "vase_2.png" \(photo 2 of "Blue vase"\) could not be read/);
    fs.rmSync(modelInputFile(dir, photos[0]!));
    await expect(loadModelImages(dir, photos)).rejects.toThrow(/Photo "vase_1.webp" of product \d+ has no model-input image \(ENOENT/);
  });
});
