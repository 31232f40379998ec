import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { openDatabase } from '../../electron/db/open-database';
import { checkReadable } from '../../electron/generation/check-readable';
import { writeListing } from '../../electron/generation/generate-listing';
import { createLocalProvider } from '../../electron/generation/providers/local-provider';
import { importPhotos } from '../../electron/photos/import-photos';
import { OUTPUT_LANGUAGES } from '../../shared/text/output-languages';
import { createTestEngine, findTestLlamaServer } from '../../tests/helpers/llama-server';
import { PRODUCT_COPY } from '../../tests/helpers/product-copy';

const SEEDS_PER_LANGUAGE = 2;

export interface UnreadableResult {
  tiny: number;
  tinyFlagged: number;
  real: number;
  realFlagged: number;
  languages: number;
}

/**
 * Tiny-model listings (positives) are written through the real llama-server in every output
 * language; real product copy (negatives) comes from the tests' corpus. A listing counts as
 * flagged when any of its fields is.
 */
export async function measureUnreadable(): Promise<UnreadableResult> {
  let real = 0;
  let realFlagged = 0;
  for (const language of OUTPUT_LANGUAGES) {
    for (const copy of PRODUCT_COPY[language.code]) {
      real++;
      if (checkReadable({ ...copy, attributes: {} }, language.name).length > 0) realFlagged++;
    }
  }
  const binary = findTestLlamaServer();
  if (!binary) return { tiny: 0, tinyFlagged: 0, real, realFlagged, languages: OUTPUT_LANGUAGES.length };

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-truth-'));
  const engine = createTestEngine(binary);
  try {
    await engine.supervisor.start();
    const photo = path.join(dir, 'mug.jpg');
    await sharp({ create: { width: 320, height: 240, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 160, height: 120, channels: 3, background: '#1565c0' } }, top: 60, left: 80 }])
      .jpeg()
      .toFile(photo);
    const libraryDir = path.join(dir, 'library');
    fs.mkdirSync(libraryDir);
    const db = openDatabase(path.join(libraryDir, 'library.sqlite'));
    const { productIds } = await importPhotos(db, libraryDir, [photo]);
    let tiny = 0;
    let tinyFlagged = 0;
    for (const language of OUTPUT_LANGUAGES) {
      for (let seed = 1; seed <= SEEDS_PER_LANGUAGE; seed++) {
        const written = await writeListing({ db, libraryDir, provider: createLocalProvider(engine.supervisor), seed: seed * 7919 }, productIds[0]!, { language: language.name, wordTarget: 20 });
        tiny++;
        if (written.flags.some((f) => f.code === 'unreadable')) tinyFlagged++;
      }
    }
    db.close();
    return { tiny, tinyFlagged, real, realFlagged, languages: OUTPUT_LANGUAGES.length };
  } finally {
    await engine.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
