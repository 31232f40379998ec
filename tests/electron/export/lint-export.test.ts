import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintExport } from '../../../electron/export/lint-export';
import { runExport } from '../../../electron/export/run-export';
import { addProduct, createTestLibrary, fakeSha, type TestLibrary } from './library-fixture';
import { fullOptions } from './export-fixture-options';
import { readBack } from './read-back';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const good = { title: 'Linen Tote Bag', description: 'A sturdy linen tote.', tags: ['linen', 'tote'], price: '30', sku: 'LT-1', attributes: { quantity: '3' } };
const photo = (label: string) => ({ sha256: fakeSha(label), format: 'jpeg' });

function draftRow(id: number) {
  return lib.db.prepare('SELECT status, revision, title FROM drafts WHERE product_id = ?').get(id) as { status: string; revision: number; title: string };
}

describe('export.lint', () => {
  it('reports missing title, price and SKU, each naming the product', async () => {
    const id = addProduct(lib.db, { title: '', description: 'x', price: null, sku: null }, [photo('a')]);
    const report = await lintExport(lib.db, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false });
    expect(report.failingProductIds).toEqual([id]);
    expect(report.issues.filter((i) => i.code === 'missing').map((i) => i.field).sort()).toEqual(['price', 'sku', 'title']);
    expect(report.issues[0]!.message).toContain(`Product ${id}`);
  });

  it('names a product without a title by its SKU, and a titled one by its title and SKU', async () => {
    addProduct(lib.db, { ...good, title: '', sku: 'MUG-01' }, [photo('a')]);
    addProduct(lib.db, { ...good, price: null }, [photo('b')]);
    const report = await lintExport(lib.db, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false });
    const messages = report.issues.filter((i) => i.code === 'missing').map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^“MUG-01” /), expect.stringMatching(/^“Linen Tote Bag” \(SKU LT-1\) /)]));
  });

  it('reports fields over their length and too many tags or pictures for the target', async () => {
    addProduct(lib.db, { ...good, title: 'T'.repeat(81), tags: Array.from({ length: 14 }, (_, i) => `tag${i}`) }, Array.from({ length: 13 }, (_, i) => photo(`p${i}`)));
    const ebay = await lintExport(lib.db, { target: 'ebay', options: fullOptions(), spreadsheetSafe: false });
    expect(ebay.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['pictures:too_many', 'title:too_long']);
    const etsy = await lintExport(lib.db, { target: 'etsy', options: fullOptions(), spreadsheetSafe: false });
    expect(etsy.issues.map((i) => `${i.field}:${i.code}`)).toContain('tags:too_many');
    expect(etsy.issues.map((i) => `${i.field}:${i.code}`)).toContain('pictures:too_many');
    expect(etsy.issues.map((i) => `${i.field}:${i.code}`)).not.toContain('title:too_long');
  });

  it('refuses an invalid Shopify handle the user typed', async () => {
    addProduct(lib.db, { ...good, attributes: { handle: 'Linen Tote.v2' } }, [photo('a')]);
    const report = await lintExport(lib.db, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false });
    expect(report.issues.map((i) => i.code)).toEqual(['invalid_handle']);
  });

  it('flags only what a spreadsheet would evaluate, and nothing in the spreadsheet-safe export', async () => {
    const formulas = ['=HYPERLINK("x")', '＝1+1', '+SUM(A1:A3)', '-A1*2', '@HYPERLINK("x")', "+cmd|' /C calc'!A0", '-Sheet1!B2'];
    const text = ['-50% Sale Hoodie', '+Plus Size Tee', '@home Lamp', '+1 gift', '-5 pack of socks', '\ttabbed', '\rreturn'];
    for (const [i, title] of [...formulas, ...text].entries()) addProduct(lib.db, { ...good, sku: `S${i}`, title }, [photo(`f${i}`)]);
    const report = await lintExport(lib.db, { target: 'etsy', options: fullOptions(), spreadsheetSafe: false });
    const formula = report.issues.filter((i) => i.code === 'formula');
    expect(formula.map((i) => i.sku)).toEqual(formulas.map((_, i) => `S${i}`));
    expect(formula.every((i) => i.field === 'title')).toBe(true);
    const safe = await lintExport(lib.db, { target: 'etsy', options: fullOptions(), spreadsheetSafe: true });
    expect(safe.issues.filter((i) => i.code === 'formula')).toHaveLength(0);
  });

  it('says in the report that image columns stay empty without a base URL', async () => {
    addProduct(lib.db, good, [photo('a')]);
    const report = await lintExport(lib.db, { target: 'shopify', options: fullOptions({ imageBaseUrl: undefined }), spreadsheetSafe: false });
    expect(report.notices.join(' ')).toMatch(/No image base URL.*image columns are empty/);
  });
});

describe('the user choice on lint failure', () => {
  function seed() {
    const ok = addProduct(lib.db, good, [photo('ok')]);
    const bad = addProduct(lib.db, { ...good, sku: 'LT-2', price: null }, [photo('bad')]);
    return { ok, bad };
  }

  it('abort writes nothing and marks nothing', async () => {
    const { ok, bad } = seed();
    const outputPath = path.join(lib.out, 'out.csv');
    const result = await runExport(lib.db, lib.dir, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false, outputPath, onLintFailure: 'abort' });
    expect(result.status).toBe('aborted');
    expect(result.lint.failingProductIds).toEqual([bad]);
    expect(fs.existsSync(outputPath)).toBe(false);
    expect(fs.readdirSync(lib.out).filter((f) => f.includes('partial'))).toEqual([]);
    expect(draftRow(ok).status).toBe('approved');
  });

  it('skip leaves the failing products out and marks only the exported ones', async () => {
    const { ok, bad } = seed();
    const outputPath = path.join(lib.out, 'out.csv');
    const result = await runExport(lib.db, lib.dir, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false, outputPath, onLintFailure: 'skip' });
    expect(result.exportedProductIds).toEqual([ok]);
    expect(result.skippedProductIds).toEqual([bad]);
    const rows = readBack(outputPath);
    expect(rows.slice(1).map((r) => r[9])).toEqual(['LT-1']);
    expect(draftRow(ok).status).toBe('exported');
    expect(draftRow(bad).status).toBe('approved');
  });

  it('exportAnyway writes every product, and marking exported records target and file without touching the text', async () => {
    const { ok, bad } = seed();
    const before = draftRow(ok);
    const outputPath = path.join(lib.out, 'out.csv');
    const result = await runExport(lib.db, lib.dir, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false, outputPath, onLintFailure: 'exportAnyway' });
    expect(result.exportedProductIds).toEqual([ok, bad]);
    expect(readBack(outputPath)).toHaveLength(3);
    const after = draftRow(ok);
    expect(after).toEqual({ ...before, status: 'exported' });
    const records = lib.db.prepare('SELECT product_id, target, file FROM exports ORDER BY product_id').all();
    expect(records).toEqual([
      { product_id: ok, target: 'shopify', file: outputPath },
      { product_id: bad, target: 'shopify', file: outputPath },
    ]);
  });
});
