import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open-database';
import { importPhotos, type ImportProgress } from '../../../electron/photos/import-photos';
import { listFiles, makeProductShot, makeTempDir, withJpegHeaderSize } from './make-test-images';

let root: string;
let drop: string;
let library: string;
let db: Db;

beforeEach(() => {
  root = makeTempDir('import-');
  drop = path.join(root, 'drop');
  library = path.join(root, 'library');
  fs.mkdirSync(drop);
  fs.mkdirSync(library);
  db = openDatabase(path.join(library, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function put(name: string, bytes?: Buffer | string, seed = seedOf(name)): Promise<string> {
  const file = path.join(drop, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes ?? (await makeProductShot({ seed })));
  return file;
}

/** Different names give different pixels, so no two generated photos are accidental duplicates. */
function seedOf(name: string): number {
  return [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_003, 7);
}

function photoRows(): { product_id: number; position: number; original_name: string; sha256: string; format: string; width: number; height: number; bytes: number; palette: string }[] {
  return db.prepare('SELECT * FROM photos ORDER BY product_id, position').all() as never;
}

/** Library files other than the database itself. */
function libraryFiles(): string[] {
  return listFiles(library).filter((f) => !f.startsWith('library.sqlite'));
}

describe('importPhotos', () => {
  it('groups SKU_1, SKU-2 and sku (3) into one product, stores the stem and orders photos by number', async () => {
    const files = [await put('sku (3).jpg'), await put('SKU_1.jpg'), await put('SKU-2.jpg'), await put('teapot.png', await makeProductShot({ format: 'png' }))];
    const result = await importPhotos(db, library, files);

    expect(result.errors).toEqual([]);
    expect(result.photosImported).toBe(4);
    expect(result.productIds).toHaveLength(2);
    const products = db.prepare('SELECT id, group_key FROM products ORDER BY id').all();
    expect(products).toEqual([
      { id: result.productIds[0], group_key: 'sku' },
      { id: result.productIds[1], group_key: null },
    ]);
    expect(photoRows().map((r) => [r.product_id, r.position, r.original_name])).toEqual([
      [result.productIds[0], 0, 'SKU_1.jpg'],
      [result.productIds[0], 1, 'SKU-2.jpg'],
      [result.productIds[0], 2, 'sku (3).jpg'],
      [result.productIds[1], 0, 'teapot.png'],
    ]);
  });

  it('stores the original content-addressed, plus a WebP thumbnail and a JPEG model input', async () => {
    const bytes = await makeProductShot({ width: 2000, height: 1500 });
    await importPhotos(db, library, [await put('vase.jpg', bytes)]);
    const [row] = photoRows();
    expect(row).toMatchObject({ format: 'jpeg', width: 2000, height: 1500, bytes: bytes.length });
    const sha = row!.sha256;
    expect(libraryFiles()).toEqual([`model-input/${sha}.jpg`, `originals/${sha.slice(0, 2)}/${sha}.jpg`, `thumbs/${sha}.webp`]);
    expect(fs.readFileSync(path.join(library, 'originals', sha.slice(0, 2), `${sha}.jpg`)).equals(bytes)).toBe(true);
    const thumb = await sharp(path.join(library, 'thumbs', `${sha}.webp`)).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 320, 240]);
    const model = await sharp(path.join(library, 'model-input', `${sha}.jpg`)).metadata();
    expect([model.format, model.width, model.height]).toEqual(['jpeg', 1024, 768]);
    const palette = JSON.parse(row!.palette) as { hex: string; share: number }[];
    expect(palette[0]!.share).toBeGreaterThan(0.8);
    const whitish = palette.filter((e) => [1, 3, 5].every((i) => Number.parseInt(e.hex.slice(i, i + 2), 16) > 200));
    expect(whitish).toEqual([]);
  });

  it('stores the same photo once and reports a second drop of it as a duplicate with the existing id', async () => {
    const file = await put('mug.jpg');
    const first = await importPhotos(db, library, [file]);
    const copy = await put('mug copy.jpg', fs.readFileSync(file));
    const second = await importPhotos(db, library, [file, copy]);
    const id = (db.prepare('SELECT id FROM photos').get() as { id: number }).id;

    expect(first.photosImported).toBe(1);
    expect(second).toEqual({ productIds: [], photosImported: 0, duplicates: [{ file, photoId: id }, { file: copy, photoId: id }], errors: [], variantGroups: [] });
    expect(db.prepare('SELECT COUNT(*) AS n FROM products').get()).toEqual({ n: 1 });
    expect(libraryFiles()).toHaveLength(3);
  });

  it('imports one copy when the same bytes appear twice in one drop', async () => {
    const a = await put('bowl_1.jpg');
    const b = await put('bowl_2.jpg', fs.readFileSync(a));
    const result = await importPhotos(db, library, [a, b]);
    const id = (db.prepare('SELECT id FROM photos').get() as { id: number }).id;
    expect(result.photosImported).toBe(1);
    expect(result.duplicates).toEqual([{ file: b, photoId: id }]);
  });

  it('reports each bad file with a message naming it, and still imports the good ones', async () => {
    const good = await makeProductShot({ width: 800, height: 600 });
    const files = [
      await put('good.jpg', good),
      await put('empty.jpg', ''),
      await put('IMG_1.jpg', good.subarray(0, good.length >> 1)),
      await put('notes.jpg', 'just some text that ends in .jpg'),
      await put('huge.jpg', withJpegHeaderSize(good, 20_000, 20_000)),
      await put('scan.bmp', Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(80)])),
      await put('phone.heic', Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(200, 7)])),
      path.join(drop, 'missing.jpg'),
      await put('also-good.webp', await makeProductShot({ format: 'webp', seed: 99 })),
    ];
    const result = await importPhotos(db, library, files);

    expect(result.photosImported).toBe(2);
    expect(photoRows().map((r) => r.original_name).sort()).toEqual(['also-good.webp', 'good.jpg']);
    const byName = Object.fromEntries(result.errors.map((e) => [path.basename(e.file), e]));
    expect(Object.keys(byName).sort()).toEqual(['IMG_1.jpg', 'empty.jpg', 'huge.jpg', 'missing.jpg', 'notes.jpg', 'phone.heic', 'scan.bmp']);
    expect(byName['IMG_1.jpg']).toEqual({
      file: path.join(drop, 'IMG_1.jpg'),
      code: 'corrupt',
      message: 'IMG_1.jpg: the file is truncated or damaged; export it again from your camera app.',
    });
    expect(byName['empty.jpg']!.code).toBe('empty');
    expect(byName['notes.jpg']!.code).toBe('not_image');
    expect(byName['huge.jpg']).toMatchObject({ code: 'too_large', message: expect.stringContaining('20000×20000') });
    expect(byName['scan.bmp']).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/^scan\.bmp: BMP images are not supported; save it as JPEG/) });
    expect(byName['phone.heic']).toMatchObject({ code: 'unsupported', message: expect.stringContaining('export it as JPEG') });
    expect(byName['missing.jpg']).toMatchObject({ code: 'unreadable', message: expect.stringContaining('not found') });
    for (const e of result.errors) expect(e.message.startsWith(`${path.basename(e.file)}: `)).toBe(true);
    // Only the two good photos left files behind: three each, and no temporary files.
    expect(libraryFiles()).toHaveLength(6);
  });

  it('walks folders recursively, skipping hidden files and non-image names quietly', async () => {
    await put('shoes/boot_1.jpg');
    await put('shoes/deeper/boot_2.jpg');
    await put('shoes/.hidden.jpg');
    await put('shoes/.cache/inside.jpg');
    await put('shoes/readme.txt', 'not a photo');
    await put('shoes/.DS_Store', 'junk');
    const result = await importPhotos(db, library, [path.join(drop, 'shoes')]);
    expect(result.errors).toEqual([]);
    expect(photoRows().map((r) => [r.position, r.original_name])).toEqual([
      [0, 'boot_1.jpg'],
      [1, 'boot_2.jpg'],
    ]);
  });

  it('turns a file given explicitly that is not an image into an error', async () => {
    const result = await importPhotos(db, library, [await put('readme.txt', 'hello')]);
    expect(result.errors).toMatchObject([{ code: 'not_image', message: expect.stringMatching(/^readme\.txt: /) }]);
  });

  it('makes one product per photo when grouping by name is off', async () => {
    const result = await importPhotos(db, library, [await put('cup_1.jpg'), await put('cup_2.jpg')], { groupByName: false });
    expect(result.productIds).toHaveLength(2);
    expect(db.prepare('SELECT group_key FROM products').all()).toEqual([{ group_key: null }, { group_key: null }]);
  });

  it('reports progress for every file, ending at total', async () => {
    const events: ImportProgress[] = [];
    const files = [await put('a_1.jpg'), await put('a_2.jpg'), await put('b.jpg', '')];
    await importPhotos(db, library, files, { onProgress: (p) => events.push(p) });
    expect(events.map((e) => [e.done, e.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(new Set(events.map((e) => e.file))).toEqual(new Set(files));
  });

  it('rolls a product group back whole and removes its files when its transaction fails', async () => {
    // A real SQLite failure mid-group: the second photo's insert aborts the transaction.
    db.exec(`CREATE TRIGGER fail_insert BEFORE INSERT ON photos WHEN NEW.original_name = 'lamp_2.jpg'
             BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    const files = [await put('lamp_1.jpg'), await put('lamp_2.jpg'), await put('rug.jpg')];
    const result = await importPhotos(db, library, files);

    expect(result.photosImported).toBe(1);
    expect(photoRows().map((r) => r.original_name)).toEqual(['rug.jpg']);
    expect(db.prepare('SELECT group_key FROM products').all()).toEqual([{ group_key: null }]);
    expect(result.errors.map((e) => [path.basename(e.file), e.code])).toEqual([
      ['lamp_1.jpg', 'save_failed'],
      ['lamp_2.jpg', 'save_failed'],
    ]);
    const sha = photoRows()[0]!.sha256;
    expect(libraryFiles()).toEqual([`model-input/${sha}.jpg`, `originals/${sha.slice(0, 2)}/${sha}.jpg`, `thumbs/${sha}.webp`]);
  });

  it('removes the original it already wrote when a rendition cannot be written', async () => {
    // A plain file where the thumbs folder should be makes every thumbnail write fail.
    fs.writeFileSync(path.join(library, 'thumbs'), 'in the way');
    const result = await importPhotos(db, library, [await put('chair.jpg')]);
    expect(result.errors).toMatchObject([{ code: 'save_failed', message: expect.stringMatching(/^chair\.jpg: the photo could not be saved/) }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM photos').get()).toEqual({ n: 0 });
    expect(libraryFiles()).toEqual(['thumbs']);
  });
});
