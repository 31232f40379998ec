import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database';
import { readPhotoEvidence } from '../../../../electron/evidence/read-evidence';
import { renderLabelPhoto } from '../../../helpers/render-label-photo';
import { makeProductShot } from '../../photos/make-test-images';
import { runCliIn } from '../cli-in-process';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-cli-import-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('listing-studio import', () => {
  it('waits for the labels and barcodes of the new photos to be read before it ends', async () => {
    const photos = path.join(dir, 'photos');
    fs.mkdirSync(photos);
    const label = await renderLabelPhoto({
      width: 2048,
      height: 1536,
      lines: [{ text: 'KOBE DENIM', capHeight: 72, bold: true }, { text: 'Raw Selvedge Cotton', capHeight: 48 }],
      barcode: { format: 'EAN13', text: '4006381333931', moduleWidth: 6 },
    });
    fs.writeFileSync(path.join(photos, 'jeans.jpg'), label);
    const library = path.join(dir, 'library');

    const run = await runCliIn(library, ['import', photos]);
    expect(run.code).toBe(0);
    expect(run.stderr + run.stdout).toContain('Reading labels and barcodes on the new photos');

    const db = openDatabase(path.join(library, 'library.sqlite'));
    try {
      const productId = db.prepare('SELECT product_id FROM photos').pluck().get() as number;
      const evidence = readPhotoEvidence(db, productId);
      expect(evidence.gtins).toEqual(['4006381333931']);
      expect(evidence.words).toEqual(expect.arrayContaining(['KOBE', 'DENIM', 'Selvedge']));
    } finally {
      db.close();
    }
  }, 60_000);

  it('names each product it saved with variants, and the variants command shows them', async () => {
    const photos = path.join(dir, 'photos');
    fs.mkdirSync(photos);
    fs.writeFileSync(path.join(photos, 'TEE-01-RED_1.jpg'), await makeProductShot({ product: '#d01010', seed: 11 }));
    fs.writeFileSync(path.join(photos, 'TEE-01-BLUE_1.jpg'), await makeProductShot({ product: '#10a030', seed: 12 }));
    const library = path.join(dir, 'library');

    const run = await runCliIn(library, ['import', photos]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Imported 2 photos into 1 product.\n  TEE-01: 2 variants (Blue, Red)\n  note: TEE-01: the photos of the Blue variant (TEE-01-BLUE_1.jpg) look Green, not Blue.');
    const shown = await runCliIn(library, ['variants', '1']);
    expect(shown.stdout).toContain('TEE-01 (product 1): options Color; 2 variants');
    expect(shown.stdout).toMatch(/variant \d+: Red · SKU TEE-01-RED · price the product's · barcode — · stock not tracked · 1 photo/);
  }, 60_000);
});
