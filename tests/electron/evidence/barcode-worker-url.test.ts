import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateBarcodeWorker } from '../../../electron/evidence/barcode-worker-url';

describe('where the barcode worker loads from', () => {
  it('from the TypeScript sources, the tsx entry beside this module', async () => {
    const url = await locateBarcodeWorker();
    expect(String(url)).toMatch(/electron\/evidence\/barcode-worker-tsx\.mjs$/);
    expect(fs.existsSync(new URL(String(url)))).toBe(true);
  });
});
