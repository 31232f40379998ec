import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/db/migrations';
import { openDatabase } from '../../../../electron/db/open-database';

let dir: string;
let file: string;
const upTo3 = migrations.filter((m) => m.version <= 3);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m004-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 004 (trash and merge undo)', () => {
  it('keeps existing products in the library (not in the Trash, not merged) with their drafts', () => {
    const before = openDatabase(file, upTo3);
    const now = new Date().toISOString();
    before.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (7, ?, ?)').run(now, now);
    before.prepare("INSERT INTO drafts (product_id, title, updated_at) VALUES (7, 'Oak bowl', ?)").run(now);
    before.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
      expect(db.prepare('SELECT id, deleted_at, merge_id FROM products').all()).toEqual([{ id: 7, deleted_at: null, merge_id: null }]);
      expect(db.prepare('SELECT title FROM drafts').pluck().all()).toEqual(['Oak bowl']);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('merges', 'merge_photos') ORDER BY name").pluck().all()).toEqual(['merge_photos', 'merges']);
    } finally {
      db.close();
    }
  });

  it('deleting a merged product for good takes the products merged into it along', () => {
    const db = openDatabase(file);
    try {
      const now = new Date().toISOString();
      db.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?), (2, ?, ?)').run(now, now, now, now);
      db.prepare("INSERT INTO merges (id, target_id, target_updated_at, revision_after, created_at) VALUES (5, 1, ?, 0, ?)").run(now, now);
      db.prepare('UPDATE products SET merge_id = 5 WHERE id = 2').run();
      db.prepare('DELETE FROM products WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM merges').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
