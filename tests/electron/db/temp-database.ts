import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/db/open-database';
import type { Migration } from '../../../electron/db/migrations/migration';

/** A real database file in a fresh temp folder; `cleanup` closes it and removes the folder. */
export function openTempDatabase(migrations?: readonly Migration[]): { db: Db; file: string; dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-db-'));
  const file = path.join(dir, 'library.sqlite');
  const db = openDatabase(file, migrations);
  return {
    db,
    file,
    dir,
    cleanup() {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SeedProduct {
  photos?: string[];
  title?: string;
  sku?: string | null;
  status?: string;
  groupKey?: string;
}

/**
 * Inserts products and their photos the way an import leaves them (a draft row only when a
 * title, sku or status is given). A photo's sha256 is the hash of its name, standing in for its bytes.
 */
export function seedProducts(db: Db, products: readonly SeedProduct[]): number[] {
  const now = new Date().toISOString();
  const addProduct = db.prepare('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  const addPhoto = db.prepare(
    `INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, created_at)
     VALUES (?, ?, ?, ?, 'jpeg', 640, 480, 1234, ?)`,
  );
  const addDraft = db.prepare('INSERT INTO drafts (product_id, title, sku, status, updated_at) VALUES (?, ?, ?, ?, ?)');
  return db.transaction(() =>
    products.map((p) => {
      const id = Number(addProduct.run(p.groupKey ?? null, now, now).lastInsertRowid);
      (p.photos ?? []).forEach((name, position) => addPhoto.run(id, position, shaOf(name), name, now));
      if (p.title !== undefined || p.sku !== undefined || p.status !== undefined) {
        addDraft.run(id, p.title ?? '', p.sku ?? null, p.status ?? 'draft', now);
      }
      return id;
    }),
  )();
}

export function shaOf(name: string): string {
  return crypto.createHash('sha256').update(name).digest('hex');
}
