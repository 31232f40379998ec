import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMissingProducts } from '../../../electron/export/check-selection';
import { runExport, type RunExportRequest } from '../../../electron/export/run-export';
import { AppError } from '../../../shared/errors';
import { addProduct, createTestLibrary, type TestLibrary } from './library-fixture';
import { fullOptions } from './export-fixture-options';

let lib: TestLibrary;
let outputPath: string;
const PREVIOUS = 'Handle,Title\nlinen-tote,Linen Tote\n';
beforeEach(() => {
  lib = createTestLibrary();
  outputPath = path.join(lib.out, 'shop.csv');
  fs.writeFileSync(outputPath, PREVIOUS);
});
afterEach(() => lib.close());

const base = { description: 'Plain.', tags: ['bag'], price: '12', attributes: { quantity: '1' } };

function request(extra: Partial<RunExportRequest> = {}): RunExportRequest {
  return { target: 'shopify', options: fullOptions({ copyImages: true }), spreadsheetSafe: false, outputPath, onLintFailure: 'exportAnyway', ...extra };
}

const untouched = () => {
  expect(fs.readFileSync(outputPath, 'utf8')).toBe(PREVIOUS);
  expect(fs.readdirSync(lib.out)).toEqual(['shop.csv']);
};

describe('what an export is asked for is checked before anything is written', () => {
  it('a product id that does not exist is "not found", naming it, and the earlier file stays', async () => {
    const id = addProduct(lib.db, { ...base, title: 'Tote', sku: 'T1' });
    const run = runExport(lib.db, lib.dir, request({ productIds: [id, 999] }));
    await expect(run).rejects.toSatisfy((err) => err instanceof AppError && err.code === 'not_found');
    await expect(run).rejects.toThrow(`This library has no product 999. Check the product numbers; nothing was written to ${outputPath}.`);
    untouched();
  });

  it('an export that matches nothing says why and does not replace the file with a header', async () => {
    addProduct(lib.db, { ...base, title: 'Still a draft', sku: 'D1', status: 'draft' });
    await expect(runExport(lib.db, lib.dir, request())).rejects.toThrow(/nothing new to export to Shopify \(not taken: 1 status draft\)/);
    untouched();
  });

  it('an empty list of products is refused', async () => {
    addProduct(lib.db, { ...base, title: 'Tote', sku: 'T1' });
    await expect(runExport(lib.db, lib.dir, request({ productIds: [] }))).rejects.toThrow(/No products were chosen/);
    untouched();
  });
});

describe('findMissingProducts', () => {
  it('lists each unknown id once, in the order asked', () => {
    const a = addProduct(lib.db, { ...base, title: 'A' });
    expect(findMissingProducts(lib.db, [77, a, 5, 77])).toEqual([77, 5]);
    expect(findMissingProducts(lib.db, [a])).toEqual([]);
  });
});
