import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { EXPORT_MARKER } from '../../../electron/export/images-folder';
import { keptPreviousName } from '../../../electron/export/kept-previous-name';
import { runExport, type RunExportRequest } from '../../../electron/export/run-export';
import { addProduct, createTestLibrary, fakeSha, writePhotoFiles, type TestLibrary } from './library-fixture';
import { fullOptions } from './export-fixture-options';
import { readBack } from './read-back';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const base = { description: 'Plain.', tags: ['bag'], price: '12', attributes: { quantity: '1' } };

function request(extra: Partial<RunExportRequest> = {}): RunExportRequest {
  return { target: 'shopify', options: fullOptions(), spreadsheetSafe: false, outputPath: path.join(lib.out, 'out.csv'), onLintFailure: 'exportAnyway', ...extra };
}

describe('formula injection', () => {
  it('leaves platform files unprefixed but prefixes formula-leading cells with \' in the spreadsheet-safe export, which marks nothing', async () => {
    const titles = ['=HYPERLINK("http://evil.example","x")', '-50% Tote', '@SUM(A1)', '+Gift'];
    const ids = titles.map((title, i) => addProduct(lib.db, { ...base, title, sku: `F${i}` }));
    const plain = await runExport(lib.db, lib.dir, request({ target: 'etsy' }));
    // Only what a spreadsheet evaluates is flagged: "-50% Tote" and "+Gift" are text.
    expect(plain.lint.issues.filter((i) => i.code === 'formula').map((i) => i.productId)).toEqual([ids[0], ids[2]]);
    expect(readBack(plain.file!).slice(1).map((r) => r[1])).toEqual(titles);

    const safePath = path.join(lib.out, 'safe.csv');
    const safe = await runExport(lib.db, lib.dir, request({ target: 'etsy', spreadsheetSafe: true, outputPath: safePath, productIds: ids }));
    const bytes = fs.readFileSync(safePath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readBack(safePath).slice(1).map((r) => r[1])).toEqual(titles.map((t) => `'${t}`));
    expect(safe.notices.join(' ')).toMatch(/spreadsheet-safe/);
    expect(lib.db.prepare('SELECT count(*) AS n FROM exports').get()).toEqual({ n: titles.length });
  });
});

describe('unicode', () => {
  it('round-trips emoji, right-to-left text and combining marks byte for byte', async () => {
    const cases = [
      { title: 'Tote 👜 with 👩‍👩‍👧 family charm', sku: 'U1' },
      { title: 'حقيبة جلدية مصنوعة يدويا', sku: 'U2' },
      { title: 'תיק עור \u200Fבעבודת יד', sku: 'U3' },
      { title: 'Cafe\u0301 Noir Mug, "large"', sku: 'U4' },
    ];
    const description = 'Line one, with "quotes".\nLine two\r\nand a tab\there.';
    for (const c of cases) addProduct(lib.db, { ...base, ...c, description });
    const result = await runExport(lib.db, lib.dir, request({ target: 'generic' }));
    const rows = readBack(result.file!).slice(1);
    expect(rows.map((r) => r[4])).toEqual(cases.map((c) => c.title));
    expect(rows.every((r) => r[5] === description)).toBe(true);
    expect(rows.map((r) => r[2])).toEqual(['tote-with-family-charm', 'u2', 'u3', 'cafe-noir-mug-large']);
    expect(fs.readFileSync(result.file!, 'utf8')).toContain('Cafe\u0301');
  });

  it('keeps Google feed rows on one line whatever the description holds', async () => {
    addProduct(lib.db, { ...base, title: 'Tote 👜', sku: 'G1', description: 'a\tb\nc "d"' }, [{ sha256: fakeSha('g'), format: 'jpeg' }]);
    const result = await runExport(lib.db, lib.dir, request({ target: 'google', outputPath: path.join(lib.out, 'feed.txt') }));
    const rows = readBack(result.file!, '\t');
    expect(rows).toHaveLength(2);
    expect(rows[1]![2]).toBe('a b c "d"');
  });
});

describe('images folder', () => {
  it('copies each photo as <handle>-<n> next to the file, HEIC/TIFF as the model-input JPEG, and reports missing files', async () => {
    const photos = [
      { sha256: fakeSha('jpeg'), format: 'jpeg' },
      { sha256: fakeSha('tiff'), format: 'tiff' },
      { sha256: fakeSha('png'), format: 'png' },
      { sha256: fakeSha('gone'), format: 'jpeg' },
    ];
    for (const p of photos.slice(0, 3)) await writePhotoFiles(lib.dir, p);
    addProduct(lib.db, { ...base, title: 'Linen Tote', sku: 'IMG1' }, photos);
    const result = await runExport(lib.db, lib.dir, request({ options: fullOptions({ copyImages: true }) }));
    expect(result.imagesDir).toBe(path.join(lib.out, 'out-images'));
    expect(fs.readdirSync(result.imagesDir!).sort()).toEqual([EXPORT_MARKER, 'linen-tote-1.jpg', 'linen-tote-2.jpg', 'linen-tote-3.png']);
    expect((await sharp(path.join(result.imagesDir!, 'linen-tote-2.jpg')).metadata()).format).toBe('jpeg');
    expect(fs.readFileSync(path.join(result.imagesDir!, 'linen-tote-1.jpg'))).toEqual(
      fs.readFileSync(path.join(lib.dir, 'originals', photos[0]!.sha256.slice(0, 2), `${photos[0]!.sha256}.jpg`)),
    );
    expect(result.imagesCopied).toBe(3);
    expect(result.notices.join(' ')).toMatch(/1 photo file\(s\) were missing/);
    const rows = readBack(result.file!);
    expect(rows.slice(1).map((r) => r[36])).toEqual(['https://cdn.example.com/img/linen-tote-1.jpg', 'https://cdn.example.com/img/linen-tote-2.jpg', 'https://cdn.example.com/img/linen-tote-3.png']);
  });

  it('leaves image columns empty without a base URL and says so', async () => {
    const photo = { sha256: fakeSha('a'), format: 'jpeg' };
    await writePhotoFiles(lib.dir, photo);
    addProduct(lib.db, { ...base, title: 'Linen Tote', sku: 'IMG2' }, [photo]);
    const result = await runExport(lib.db, lib.dir, request({ options: fullOptions({ copyImages: true, imageBaseUrl: undefined }) }));
    const rows = readBack(result.file!);
    expect(rows).toHaveLength(2);
    expect(rows[1]![36]).toBe('');
    expect(result.notices.join(' ')).toMatch(/No image base URL/);
    expect(fs.readdirSync(result.imagesDir!).sort()).toEqual([EXPORT_MARKER, 'linen-tote-1.jpg']);
  });
});

describe('an earlier file at the same path', () => {
  it('exporting twice to one path keeps the first file, byte for byte, beside the second and says so', async () => {
    addProduct(lib.db, { ...base, title: 'Linen Tote', sku: 'K1' });
    const first = await runExport(lib.db, lib.dir, request());
    expect(first.keptPrevious).toBeNull();
    const firstBytes = fs.readFileSync(first.file!);
    addProduct(lib.db, { ...base, title: 'Canvas Tote', sku: 'K2' });
    const second = await runExport(lib.db, lib.dir, request({ status: 'all', includeExported: true }));
    expect(second.status).toBe('written');
    expect(second.keptPrevious).toMatch(/out \(earlier \d{4}-\d\d-\d\d \d\d\.\d\d\)\.csv$/);
    expect(path.dirname(second.keptPrevious!)).toBe(lib.out);
    expect(fs.readFileSync(second.keptPrevious!)).toEqual(firstBytes);
    expect(readBack(second.file!).slice(1).map((r) => r[0])).toEqual(['Linen Tote', 'Canvas Tote']);
    expect(fs.readdirSync(lib.out).sort()).toEqual([path.basename(second.keptPrevious!), 'out.csv'].sort());
  });

  it('a file the owner made is kept under a new name, never replaced, even when that name is taken', async () => {
    addProduct(lib.db, { ...base, title: 'Linen Tote', sku: 'K3' });
    const outputPath = path.join(lib.out, 'out.csv');
    fs.writeFileSync(outputPath, 'my own notes\n');
    const modified = fs.statSync(outputPath).mtime;
    const taken = path.join(lib.out, keptPreviousName('out.csv', modified, 1));
    fs.writeFileSync(taken, 'an older copy\n');
    const result = await runExport(lib.db, lib.dir, request({ outputPath }));
    expect(result.keptPrevious).toBe(path.join(lib.out, keptPreviousName('out.csv', modified, 2)));
    expect(fs.readFileSync(result.keptPrevious!, 'utf8')).toBe('my own notes\n');
    expect(fs.readFileSync(taken, 'utf8')).toBe('an older copy\n');
    expect(readBack(outputPath)[1]![0]).toBe('Linen Tote');
  });
});

describe('never a half file', () => {
  it('a cancel mid-write leaves the previous export, no partial files and no draft marked', async () => {
    for (let i = 0; i < 600; i++) addProduct(lib.db, { ...base, title: `Tote ${i}`, sku: `C${i}` });
    const outputPath = path.join(lib.out, 'out.csv');
    fs.writeFileSync(outputPath, 'previous export\n');
    const controller = new AbortController();
    const run = runExport(lib.db, lib.dir, request({ outputPath }), {
      signal: controller.signal,
      onProgress: (phase, done) => {
        if (phase === 'write' && done >= 250) controller.abort();
      },
    });
    await expect(run).rejects.toSatisfy((err) => err instanceof AppError && err.code === 'cancelled');
    expect(fs.readFileSync(outputPath, 'utf8')).toBe('previous export\n');
    expect(fs.readdirSync(lib.out).filter((f) => f.includes('partial'))).toEqual([]);
    expect(lib.db.prepare("SELECT count(*) AS n FROM drafts WHERE status = 'exported'").get()).toEqual({ n: 0 });
  });

  it('an export where every product is skipped leaves the earlier file and images folder as they were', async () => {
    const photo = { sha256: fakeSha('skip'), format: 'jpeg' };
    await writePhotoFiles(lib.dir, photo);
    const id = addProduct(lib.db, { ...base, title: 'No price', sku: 'S1', price: null }, [photo]);
    const outputPath = path.join(lib.out, 'out.csv');
    fs.writeFileSync(outputPath, 'previous export\n');
    const result = await runExport(lib.db, lib.dir, request({ outputPath, onLintFailure: 'skip', options: fullOptions({ copyImages: true }) }));
    expect(result).toMatchObject({ status: 'aborted', file: null, rowsWritten: 0, skippedProductIds: [id], keptPrevious: null });
    expect(fs.readFileSync(outputPath, 'utf8')).toBe('previous export\n');
    expect(fs.readdirSync(lib.out)).toEqual(['out.csv']);
    expect(lib.db.prepare("SELECT count(*) AS n FROM drafts WHERE status = 'exported'").get()).toEqual({ n: 0 });
  });

  it('names the missing folder when the output folder does not exist', async () => {
    addProduct(lib.db, { ...base, title: 'Tote', sku: 'M1' });
    const outputPath = path.join(lib.out, 'nope', 'out.csv');
    await expect(runExport(lib.db, lib.dir, request({ outputPath }))).rejects.toThrow(/nope does not exist/);
  });
});

describe('a 10,000-row export', () => {
  it('writes every listing and every image row, parses back, with unique handles', async () => {
    const insert = lib.db.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        addProduct(lib.db, { ...base, title: i % 10 === 0 ? 'Same Title' : `Tote ${i}`, sku: `B${i}` }, [
          { sha256: fakeSha(`a${i}`), format: 'jpeg' },
          { sha256: fakeSha(`b${i}`), format: 'png' },
        ]);
      }
    });
    insert();
    const result = await runExport(lib.db, lib.dir, request());
    const rows = readBack(result.file!);
    expect(rows).toHaveLength(1 + 20_000);
    const productRows = rows.slice(1).filter((r) => r[0] !== '');
    expect(productRows).toHaveLength(10_000);
    expect(new Set(productRows.map((r) => r[1])).size).toBe(10_000);
    expect(result.exportedProductIds).toHaveLength(10_000);
    expect(lib.db.prepare("SELECT count(*) AS n FROM drafts WHERE status = 'exported'").get()).toEqual({ n: 10_000 });
  });
});
