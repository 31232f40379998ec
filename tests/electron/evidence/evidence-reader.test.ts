import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { setStatus } from '../../../electron/drafts/set-status';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { readPhotoEvidence } from '../../../electron/evidence/read-evidence';
import { runExport } from '../../../electron/export/run-export';
import { createHandlers } from '../../../electron/ipc/handlers';
import { photoFiles } from '../../../electron/photos/library-paths';
import { importPhotos } from '../../../electron/photos/import-photos';
import { fullOptions } from '../export/export-fixture-options';
import { renderLabelPhoto, type LabelPhotoSpec } from '../../helpers/render-label-photo';
import { nodeThreadCount } from '../../helpers/thread-count';

let dir: string;
let photosDir: string;
let libraryDir: string;
const cores: Core[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-evidence-'));
  photosDir = path.join(dir, 'photos');
  libraryDir = path.join(dir, 'library');
  fs.mkdirSync(photosDir);
});
afterEach(async () => {
  for (const core of cores.splice(0)) await core.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(): Core {
  const core = openCore({ libraryDir });
  cores.push(core);
  return core;
}

/** A camera-sized label photo (its 1024 px copy shrinks it by half). */
const label = (brand: string, lines: string[], barcode?: LabelPhotoSpec['barcode']): LabelPhotoSpec => ({
  width: 2048,
  height: 1536,
  lines: [{ text: brand, capHeight: 72, bold: true }, ...lines.map((text) => ({ text, capHeight: 48 }))],
  barcode,
});

async function writePhoto(name: string, spec: LabelPhotoSpec): Promise<string> {
  const file = path.join(photosDir, name);
  fs.writeFileSync(file, await renderLabelPhoto(spec));
  return file;
}

/** Imports through the library.import route, exactly as the window and the CLI do. */
async function importThroughRoute(core: Core, paths: string[]) {
  return createHandlers(core)['library.import']({ paths, groupByName: false }, { emit: () => {} });
}

const productOf = (core: Core, name: string) => core.db.prepare('SELECT product_id FROM photos WHERE original_name = ?').pluck().get(name) as number;
const evidenceRow = (core: Core, name: string) =>
  core.db.prepare('SELECT e.* FROM photo_evidence e JOIN photos p ON p.id = e.photo_id WHERE p.original_name = ?').get(name) as
    | { ocr_text: string; ocr_words: string; barcodes: string; error: string | null }
    | undefined;

describe('the background label and barcode reader', () => {
  it('reads label words and GTINs after an import, and the export fills the barcode column with them unless the owner gave one', async () => {
    await writePhoto('tee.jpg', label('NORDLICHT', ['Size M', '100% Organic Cotton'], { format: 'EAN13', text: '4006381333931', moduleWidth: 6 }));
    await writePhoto('mug.jpg', label('HARBOUR POTTERY', ['350 ml Stoneware'], { format: 'UPCA', text: '036000291452', moduleWidth: 6 }));
    await writePhoto('tote.jpg', label('LINNEA', ['Natural Linen'], { format: 'EAN13', text: '5901234123457', moduleWidth: 6 }));
    await writePhoto('card.jpg', label('ATELIER ROSE', ['Handmade Paper'], { format: 'QRCode', text: 'https://example.com/card', moduleWidth: 8 }));
    const core = open();

    const imported = await importThroughRoute(core, [photosDir]);
    expect(imported.photosImported).toBe(4);
    await core.evidence.whenIdle();

    const tee = readPhotoEvidence(core.db, productOf(core, 'tee.jpg'));
    expect(tee.words).toEqual(expect.arrayContaining(['NORDLICHT', 'Size', 'M', '100%', 'Organic', 'Cotton']));
    expect(tee.text).toContain('Organic Cotton');
    expect(tee.gtins).toEqual(['4006381333931']);
    // UPC-A is read as its 13-digit GTIN form.
    expect(readPhotoEvidence(core.db, productOf(core, 'mug.jpg'))).toMatchObject({ gtins: ['0036000291452'] });
    expect(readPhotoEvidence(core.db, productOf(core, 'mug.jpg')).words).toEqual(expect.arrayContaining(['HARBOUR', 'POTTERY', '350', 'ml', 'Stoneware']));
    // A QR code is stored but is no GTIN.
    const card = evidenceRow(core, 'card.jpg')!;
    expect(JSON.parse(card.barcodes)).toEqual([{ format: 'QRCode', text: 'https://example.com/card', valid: false }]);
    expect(readPhotoEvidence(core.db, productOf(core, 'card.jpg')).gtins).toEqual([]);

    const ids = ['tee.jpg', 'mug.jpg', 'tote.jpg'].map((n) => productOf(core, n));
    ids.forEach((id, i) => updateDraft(core.db, id, { title: `Product ${i}`, description: 'Plain.', price: '12.00', sku: `SKU${i}` }, { source: 'edit' }));
    updateDraft(core.db, ids[2]!, { attributes: { barcode: '9780201379624' } }, { source: 'edit' });
    setStatus(core.db, ids, 'approved');
    const outputPath = path.join(dir, 'shopify.csv');
    await runExport(core.db, core.libraryDir, { target: 'shopify', options: fullOptions(), spreadsheetSafe: false, outputPath, onLintFailure: 'exportAnyway', productIds: ids });
    const csv = fs.readFileSync(outputPath, 'utf8');
    expect(csv).toContain('4006381333931');
    expect(csv).toContain('0036000291452');
    // The owner's own barcode wins over the one read from the photo.
    expect(csv).toContain('9780201379624');
    expect(csv).not.toContain('5901234123457');
  }, 120_000);

  it('records why a photo whose 1024 px copy is damaged was not read, and reads the next photo', async () => {
    await writePhoto('a-broken.jpg', label('FIRST BRAND', ['Cotton']));
    await writePhoto('b-fine.jpg', label('SECOND BRAND', ['Wool Blend'], { format: 'EAN8', text: '96385074', moduleWidth: 6 }));
    const core = open();
    // Held back, as during any import, so the damage is in place before reading starts.
    await core.evidence.holdWhile(async () => {
      await importPhotos(core.db, core.libraryDir, [photosDir], { groupByName: false });
      const sha = core.db.prepare("SELECT sha256 FROM photos WHERE original_name = 'a-broken.jpg'").pluck().get() as string;
      const rendition = photoFiles(core.libraryDir, sha, 'jpeg').modelInput;
      fs.writeFileSync(rendition, fs.readFileSync(rendition).subarray(0, 600));
    });
    core.evidence.wake();
    await core.evidence.whenIdle();

    const broken = evidenceRow(core, 'a-broken.jpg')!;
    expect(broken.error).toMatch(/^a-broken\.jpg: the library's 1024 px copy of this photo could not be read \(the file is damaged\)/);
    expect(readPhotoEvidence(core.db, productOf(core, 'a-broken.jpg'))).toEqual({ text: '', words: [], gtins: [] });
    const fine = evidenceRow(core, 'b-fine.jpg')!;
    expect(fine.error).toBeNull();
    expect(JSON.parse(fine.ocr_words)).toEqual(expect.arrayContaining(['SECOND', 'BRAND', 'Wool', 'Blend']));
    expect(readPhotoEvidence(core.db, productOf(core, 'b-fine.jpg')).gtins).toEqual(['96385074']);
  }, 120_000);

  it('stops mid-read on shutdown with no worker thread left, and reads the rest on the next open', async () => {
    for (let i = 0; i < 6; i++) await writePhoto(`label-${i}.jpg`, label(`BRAND ${i}`, ['Pure Merino Wool', 'Made in Scotland']));
    let core = open();
    await core.evidence.holdWhile(() => importPhotos(core.db, core.libraryDir, [photosDir], { groupByName: false }));
    const before = nodeThreadCount();
    core.evidence.wake();
    // Mid-read: the OCR worker thread is up and not every photo is read yet.
    while (nodeThreadCount() <= before) await new Promise((r) => setTimeout(r, 20));
    await core.shutdown();
    cores.splice(cores.indexOf(core), 1);
    const readBefore = countRead(libraryDir);
    expect(readBefore).toBeLessThan(6);
    // worker.terminate() ends the thread asynchronously; it must be gone shortly after.
    for (let i = 0; i < 100 && nodeThreadCount() > before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(nodeThreadCount()).toBeLessThanOrEqual(before);

    core = open();
    await core.evidence.whenIdle();
    expect(countRead(libraryDir, core)).toBe(6);
    expect(JSON.parse(evidenceRow(core, 'label-5.jpg')!.ocr_words)).toEqual(expect.arrayContaining(['BRAND', '5', 'Merino', 'Scotland']));
  }, 120_000);
});

function countRead(libraryDir: string, core?: Core): number {
  if (core) return core.db.prepare('SELECT COUNT(*) FROM photo_evidence WHERE error IS NULL').pluck().get() as number;
  const db = openCore({ libraryDir, createLibrary: false });
  try {
    db.evidence.stop();
    return db.db.prepare('SELECT COUNT(*) FROM photo_evidence WHERE error IS NULL').pluck().get() as number;
  } finally {
    db.close();
  }
}
