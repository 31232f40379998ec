import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database';
import { readPhotoEvidence } from '../../../../electron/evidence/read-evidence';
import { renderLabelPhoto } from '../../../helpers/render-label-photo';
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
});
