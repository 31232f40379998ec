import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { openDatabase, type Db } from '../../../electron/db/open-database';
import { ORIGINAL_EXTENSION, type ImageFormat } from '../../../electron/photos/image-format';

/** A real library folder with a real database, as the app lays it out. */
export interface TestLibrary {
  dir: string;
  /** The user's own folder beside the library, where exports go (exports inside the library are refused). */
  out: string;
  db: Db;
  close(): void;
}

export function createTestLibrary(): TestLibrary {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-export-'));
  const dir = path.join(root, 'library');
  const out = path.join(root, 'out');
  fs.mkdirSync(dir);
  fs.mkdirSync(out);
  const db = openDatabase(path.join(dir, 'library.sqlite'));
  return {
    dir,
    out,
    db,
    close() {
      db.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface DraftSeed {
  title?: string;
  description?: string;
  tags?: string[];
  attributes?: Record<string, string>;
  price?: string | null;
  sku?: string | null;
  status?: 'new' | 'draft' | 'flagged' | 'approved' | 'exported';
}

export interface PhotoSeed {
  sha256: string;
  format: string;
  originalName?: string;
}

/** Inserts a product, its draft (approved unless told) and its photo rows; returns the product id. */
export function addProduct(db: Db, draft: DraftSeed, photos: readonly PhotoSeed[] = []): number {
  const now = '2026-01-01T00:00:00.000Z';
  const id = Number(db.prepare('INSERT INTO products (group_key, created_at, updated_at) VALUES (NULL, ?, ?)').run(now, now).lastInsertRowid);
  db.prepare(
    `INSERT INTO drafts (product_id, title, description, tags, attributes, price, sku, status, revision, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  ).run(id, draft.title ?? '', draft.description ?? '', JSON.stringify(draft.tags ?? []), JSON.stringify(draft.attributes ?? {}),
    draft.price ?? null, draft.sku ?? null, draft.status ?? 'approved', now);
  const insertPhoto = db.prepare(
    `INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, created_at)
     VALUES (?, ?, ?, ?, ?, 800, 800, 1000, ?)`,
  );
  photos.forEach((p, i) => insertPhoto.run(id, i, p.sha256, p.originalName ?? `${p.sha256.slice(0, 6)}.jpg`, p.format, now));
  return id;
}

/** A stand-in sha256 that is unique per label. */
export function fakeSha(label: string): string {
  return createHash('sha256').update(label).digest('hex');
}

/** Writes real image bytes where the photo import keeps the original, and the model-input JPEG. */
export async function writePhotoFiles(dir: string, photo: PhotoSeed, opts: { original?: boolean; modelInput?: boolean } = {}): Promise<void> {
  const base = sharp({ create: { width: 16, height: 16, channels: 3, background: '#7a8b3c' } });
  if (opts.original ?? true) {
    const ext = ORIGINAL_EXTENSION[photo.format as ImageFormat];
    const file = path.join(dir, 'originals', photo.sha256.slice(0, 2), `${photo.sha256}.${ext}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const bytes = photo.format === 'png' ? await base.clone().png().toBuffer() : photo.format === 'tiff' ? await base.clone().tiff().toBuffer() : await base.clone().jpeg().toBuffer();
    fs.writeFileSync(file, bytes);
  }
  if (opts.modelInput ?? true) {
    const file = path.join(dir, 'model-input', `${photo.sha256}.jpg`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await base.clone().jpeg().toBuffer());
  }
}

/** The two products of storefront-formats.md's examples: a tee with two photos and a mug with one. */
export function addDocExampleProducts(db: Db): { tee: number; mug: number } {
  const tee = addProduct(
    db,
    {
      title: 'Organic Cotton T-Shirt',
      description: 'A relaxed-fit tee cut from 100% organic cotton jersey, garment-washed for a soft hand feel.',
      tags: ['organic cotton', 't-shirt', 'olive', 'plant-dyed'],
      attributes: { category: 'Clothing > T-Shirts', color: 'Olive', material: 'Organic cotton', vendor: 'Northwind Goods', quantity: '25', weightGrams: '180' },
      price: '24',
      sku: 'NWG-TEE-OLV-M',
    },
    [
      { sha256: fakeSha('tee-front'), format: 'jpeg' },
      { sha256: fakeSha('tee-back'), format: 'jpeg' },
    ],
  );
  const mug = addProduct(
    db,
    {
      title: 'Stoneware Coffee Mug',
      description: 'A hand-thrown 12 oz stoneware mug with a speckled oatmeal glaze.',
      tags: ['ceramic', 'mug', 'stoneware'],
      attributes: { category: 'Home > Kitchen > Mugs', color: 'Oatmeal', material: 'Stoneware', vendor: 'Northwind Goods', quantity: '40', weightGrams: '420' },
      price: '18.50',
      sku: 'NWG-MUG-OAT-12',
    },
    [{ sha256: fakeSha('mug'), format: 'jpeg' }],
  );
  return { tee, mug };
}
