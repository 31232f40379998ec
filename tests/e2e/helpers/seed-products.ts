import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Db } from '../../../electron/db/open-database';

export interface SeededLibrary {
  count: number;
  /** Products whose title contains "Ember" (about 1 in 100). */
  emberCount: number;
  flaggedCount: number;
}

/**
 * A large library written straight into SQLite (importing 10,000 photos through sharp would take
 * minutes): one photo per product, every thumbnail a hard link to one real WebP so the grid's
 * images load, and drafts in a mix of statuses.
 */
export async function seedProducts(db: Db, libraryDir: string, count: number): Promise<SeededLibrary> {
  const thumbs = path.join(libraryDir, 'thumbs');
  fs.mkdirSync(thumbs, { recursive: true });
  const source = path.join(libraryDir, 'seed-thumb.webp');
  await sharp({ create: { width: 256, height: 256, channels: 3, background: '#8a6f4e' } }).webp().toFile(source);
  const now = new Date().toISOString();
  const addProduct = db.prepare('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  const addPhoto = db.prepare(`INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, created_at) VALUES (?, 0, ?, ?, 'jpeg', 1200, 1200, 250000, ?)`);
  const addDraft = db.prepare('INSERT INTO drafts (product_id, title, description, sku, status, flags, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)');
  let emberCount = 0;
  let flaggedCount = 0;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const sku = `SKU-${String(i).padStart(5, '0')}`;
      const id = Number(addProduct.run(sku, now, now).lastInsertRowid);
      const sha = crypto.createHash('sha256').update(sku).digest('hex');
      addPhoto.run(id, sha, `${sku}.jpg`, now);
      fs.linkSync(source, path.join(thumbs, `${sha}.webp`));
      const ember = i % 100 === 1;
      if (ember) emberCount++;
      const flagged = i % 7 === 0;
      if (flagged) flaggedCount++;
      const flags = flagged ? '[{"code":"word_count","reason":"Description has 61 words; the target is 45-55."}]' : '[]';
      addDraft.run(id, ember ? `Ember glazed mug ${i}` : `Stoneware bowl ${i}`, 'Wheel-thrown stoneware with a speckled glaze. '.repeat(6), sku, flagged ? 'flagged' : 'draft', flags, now);
    }
  })();
  return { count, emberCount, flaggedCount };
}
