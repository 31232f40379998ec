import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseImagesFolder, EXPORT_MARKER, imagesFolderState, type ImagesFolderState } from '../../../electron/export/images-folder';
import { runExport, type RunExportRequest } from '../../../electron/export/run-export';
import { addProduct, createTestLibrary, fakeSha, writePhotoFiles, type TestLibrary } from './library-fixture';
import { fullOptions } from './export-fixture-options';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const base = { description: 'Plain.', tags: ['bag'], price: '12', attributes: { quantity: '1' } };

function request(extra: Partial<RunExportRequest> = {}): RunExportRequest {
  return { target: 'shopify', options: fullOptions({ copyImages: true }), spreadsheetSafe: false, outputPath: path.join(lib.out, 'product.csv'), onLintFailure: 'exportAnyway', ...extra };
}

/** The user's own `product-images` folder: their source photos and an invoice, nothing Listing Studio wrote. */
async function writeUserFolder(dir: string): Promise<Record<string, Buffer>> {
  fs.mkdirSync(path.join(dir, 'raw'), { recursive: true });
  const files: Record<string, Buffer> = {
    'IMG_0412.jpg': await sharp({ create: { width: 40, height: 30, channels: 3, background: '#884422' } }).jpeg().toBuffer(),
    'invoice.pdf': Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    'raw/IMG_0413.jpg': await sharp({ create: { width: 40, height: 30, channels: 3, background: '#224488' } }).jpeg().toBuffer(),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  return files;
}

function readTree(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name));
  }
  return out;
}

async function addTote(title = 'Linen Tote'): Promise<void> {
  const photo = { sha256: fakeSha(title), format: 'jpeg' };
  await writePhotoFiles(lib.dir, photo);
  addProduct(lib.db, { ...base, title, sku: title.toUpperCase().replace(/\W/g, '') }, [photo]);
}

describe('the images folder next to the export', () => {
  it("never deletes the user's own product-images folder: it stays byte-identical and the photos go to product-images-2", async () => {
    await addTote();
    const userDir = path.join(lib.out, 'product-images');
    const before = await writeUserFolder(userDir);

    const result = await runExport(lib.db, lib.dir, request());

    expect(readTree(userDir)).toEqual(before);
    expect(result.imagesDir).toBe(path.join(lib.out, 'product-images-2'));
    expect(fs.readdirSync(result.imagesDir!).sort()).toEqual([EXPORT_MARKER, 'linen-tote-1.jpg']);
    expect(result.notices.join(' ')).toContain(`${userDir} holds files Listing Studio did not write, so it was left as it was; the photos went to ${result.imagesDir}`);
  });

  it('replaces an earlier export of its own (it carries the marker) and leaves no hidden folders behind', async () => {
    await addTote('Linen Tote');
    const first = await runExport(lib.db, lib.dir, request());
    expect(first.imagesDir).toBe(path.join(lib.out, 'product-images'));
    lib.db.prepare('UPDATE drafts SET title = ?').run('Canvas Tote');

    const second = await runExport(lib.db, lib.dir, request({ productIds: [1] }));

    expect(second.imagesDir).toBe(first.imagesDir);
    expect(fs.readdirSync(second.imagesDir!).sort()).toEqual([EXPORT_MARKER, 'canvas-tote-1.jpg']);
    // The earlier file is kept beside the new one (never replaced); no hidden folders are left.
    expect(second.keptPrevious).not.toBeNull();
    expect(fs.readdirSync(lib.out).sort()).toEqual([path.basename(second.keptPrevious!), 'product-images', 'product.csv'].sort());
  });

  it('leaves a file named like the images folder alone', async () => {
    await addTote();
    const clash = path.join(lib.out, 'product-images');
    fs.writeFileSync(clash, 'my notes');
    const result = await runExport(lib.db, lib.dir, request());
    expect(fs.readFileSync(clash, 'utf8')).toBe('my notes');
    expect(result.imagesDir).toBe(path.join(lib.out, 'product-images-2'));
  });

  it('tells its own folder from a foreign one on disk', async () => {
    const ours = path.join(lib.out, 'ours');
    fs.mkdirSync(ours);
    fs.writeFileSync(path.join(ours, EXPORT_MARKER), '');
    const foreign = path.join(lib.out, 'foreign');
    fs.mkdirSync(foreign);
    const link = path.join(lib.out, 'link');
    fs.symlinkSync(ours, link);
    expect([ours, foreign, link, path.join(lib.out, 'missing')].map(imagesFolderState)).toEqual(['ours', 'foreign', 'foreign', 'missing']);
  });
});

describe('chooseImagesFolder', () => {
  it('takes the wanted folder when it is missing or ours, else the first free or own numbered one', () => {
    const states = (map: Record<string, ImagesFolderState>) => (dir: string) => map[dir] ?? 'missing';
    expect(chooseImagesFolder('/s/p-images', states({}))).toBe('/s/p-images');
    expect(chooseImagesFolder('/s/p-images', states({ '/s/p-images': 'ours' }))).toBe('/s/p-images');
    expect(chooseImagesFolder('/s/p-images', states({ '/s/p-images': 'foreign' }))).toBe('/s/p-images-2');
    expect(chooseImagesFolder('/s/p-images', states({ '/s/p-images': 'foreign', '/s/p-images-2': 'foreign', '/s/p-images-3': 'ours' }))).toBe('/s/p-images-3');
    expect(() => chooseImagesFolder('/s/p-images', () => 'foreign')).toThrow(/did not write/);
  });
});
