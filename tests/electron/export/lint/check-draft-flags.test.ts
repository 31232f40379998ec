import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintExport } from '../../../../electron/export/lint-export';
import { addProduct, createTestLibrary, fakeSha, type TestLibrary } from '../library-fixture';
import { fullOptions } from '../export-fixture-options';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
});
afterEach(() => lib.close());

const good = { title: 'Nike Red Mug', description: 'A mug that holds 12 oz.', tags: ['mug'], price: '12.50', sku: 'MUG-1', attributes: { quantity: '3' } };

describe('export pre-flight: flags still on a draft', () => {
  it('lists each unresolved flag as a warning naming its field and reason, and exports the draft anyway', async () => {
    const id = addProduct(lib.db, good, [{ sha256: fakeSha('a'), format: 'jpeg' }]);
    const flags = [
      { code: 'unverified_claim', field: 'description', words: ['12 oz'], reason: 'The description states "12 oz".' },
      { code: 'word_count', reason: 'Description has 6 words; the target is 45-55.' },
      { code: 'observed_mismatch', words: ['blue'], reason: 'The model said it saw blue, but the product in the photos looks red.' },
    ];
    lib.db.prepare('UPDATE drafts SET flags = ? WHERE product_id = ?').run(JSON.stringify(flags), id);
    const report = await lintExport(lib.db, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false });
    const unresolved = report.issues.filter((i) => i.code === 'unresolved_flag');
    expect(unresolved.map((i) => [i.field, i.severity])).toEqual([
      ['description', 'warning'],
      ['description', 'warning'],
      ['draft', 'warning'],
    ]);
    expect(unresolved[0]!.message).toContain('still flagged (unverified_claim): The description states "12 oz".');
    expect(report.failingProductIds).toEqual([]);
    expect(report.warningCount).toBeGreaterThanOrEqual(3);
  });

  it('says nothing of a draft without flags', async () => {
    addProduct(lib.db, good, [{ sha256: fakeSha('b'), format: 'jpeg' }]);
    const report = await lintExport(lib.db, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false });
    expect(report.issues.filter((i) => i.code === 'unresolved_flag')).toEqual([]);
  });
});
