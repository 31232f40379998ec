import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/db/migrations';
import { openDatabase } from '../../../../electron/db/open-database';

let dir: string;
let file: string;
const before008 = migrations.filter((m) => m.version < 8);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m008-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 008 (photo evidence)', () => {
  it('adds photo_evidence, leaving every existing photo unread, and drops a row with its photo', () => {
    const old = openDatabase(file, before008);
    const now = new Date().toISOString();
    old.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
    old
      .prepare(
        "INSERT INTO photos (id, product_id, position, sha256, original_name, format, width, height, bytes, created_at) VALUES (1, 1, 0, 'abc', 'a.jpg', 'jpeg', 10, 10, 100, ?)",
      )
      .run(now);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
      const unread = db.prepare('SELECT p.id FROM photos p LEFT JOIN photo_evidence e ON e.photo_id = p.id WHERE e.photo_id IS NULL').pluck().all();
      expect(unread).toEqual([1]);
      db.prepare("INSERT INTO photo_evidence (photo_id, ocr_text, read_at) VALUES (1, 'ACME', ?)").run(now);
      db.prepare('DELETE FROM photos WHERE id = 1').run();
      expect(db.prepare('SELECT COUNT(*) FROM photo_evidence').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
