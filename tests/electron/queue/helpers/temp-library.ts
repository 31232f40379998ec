import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../../electron/db/open-database';

/** A real library database in a fresh temp folder, with `count` products (no photos needed here). */
export function createTempLibrary(count: number): { dir: string; file: string; db: Db; productIds: number[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-queue-'));
  const file = path.join(dir, 'library.sqlite');
  const db = openDatabase(file);
  const productIds = seedProducts(db, count);
  return { dir, file, db, productIds };
}

export function seedProducts(db: Db, count: number): number[] {
  const now = new Date().toISOString();
  const insert = db.prepare('INSERT INTO products (group_key, created_at, updated_at) VALUES (?, ?, ?)');
  return db.transaction(() => Array.from({ length: count }, (_, i) => Number(insert.run(`SKU-${i + 1}`, now, now).lastInsertRowid)))();
}

/** How many 'generate' revisions each product has, for "generated exactly once" checks. */
export function countGenerateRevisions(db: Db): Map<number, number> {
  const rows = db
    .prepare<[], { product_id: number; n: number }>("SELECT product_id, COUNT(*) AS n FROM revisions WHERE source = 'generate' GROUP BY product_id")
    .all();
  return new Map(rows.map((r) => [r.product_id, r.n]));
}
