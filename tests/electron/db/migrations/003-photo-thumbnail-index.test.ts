import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/db/migrations';
import { openDatabase, type Db } from '../../../../electron/db/open-database';

let dir: string;
let file: string;
const upTo2 = migrations.filter((m) => m.version <= 2);
const upTo3 = migrations.filter((m) => m.version <= 3);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m003-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function photoIndexes(db: Db): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'photos' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[];
}

describe('migration 003 (photo thumbnail index)', () => {
  it('replaces photos(product_id, position) with an index that also holds sha256, keeping the photos', () => {
    const before = openDatabase(file, upTo2);
    expect(photoIndexes(before)).toEqual(['photos_by_product']);
    const now = new Date().toISOString();
    before.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
    before
      .prepare("INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, created_at) VALUES (1, 0, 'aa', 'a.jpg', 'jpeg', 1, 1, 1, ?)")
      .run(now);
    before.close();

    const db = openDatabase(file, upTo3);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(3);
      expect(photoIndexes(db)).toEqual(['photos_by_product_position']);
      const columns = db.prepare("SELECT name FROM pragma_index_info('photos_by_product_position') ORDER BY seqno").pluck().all();
      expect(columns).toEqual(['product_id', 'position', 'sha256']);
      expect(db.prepare('SELECT sha256 FROM photos').pluck().all()).toEqual(['aa']);
    } finally {
      db.close();
    }
  });

  it('answers the first-photo lookup from the index alone', () => {
    const db = openDatabase(file);
    try {
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT sha256 FROM photos WHERE product_id = ? ORDER BY position LIMIT 1')
        .all(1)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(plan).toContain('USING COVERING INDEX photos_by_product_position');
    } finally {
      db.close();
    }
  });
});
