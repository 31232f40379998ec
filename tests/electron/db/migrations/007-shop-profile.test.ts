import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/db/migrations';
import { openDatabase } from '../../../../electron/db/open-database';

let dir: string;
let file: string;
const before007 = migrations.filter((m) => m.version < 7);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m007-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 007 (shop profile)', () => {
  it('adds a one-row shop_profile table and keeps the export records', () => {
    const old = openDatabase(file, before007);
    const now = new Date().toISOString();
    old.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
    old.prepare("INSERT INTO exports (product_id, target, file, exported_at) VALUES (1, 'shopify', 'a.csv', ?)").run(now);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
      db.prepare("INSERT INTO shop_profile (id, profile, updated_at) VALUES (1, '{}', ?)").run(now);
      expect(() => db.prepare("INSERT INTO shop_profile (id, profile, updated_at) VALUES (2, '{}', ?)").run(now)).toThrow(/CHECK/);
      expect(db.prepare('SELECT target FROM exports').pluck().all()).toEqual(['shopify']);
    } finally {
      db.close();
    }
  });

  it('answers "already exported to this target" from an index', () => {
    const db = openDatabase(file);
    try {
      const plan = db
        .prepare("EXPLAIN QUERY PLAN SELECT 1 FROM exports WHERE target = ? AND product_id = ?")
        .all('google', 1)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(plan).toContain('exports_by_target_product');
    } finally {
      db.close();
    }
  });
});
