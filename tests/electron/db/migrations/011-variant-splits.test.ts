import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/db/migrations';
import { openDatabase } from '../../../../electron/db/open-database';
import { mergeProducts } from '../../../../electron/products/merge-products';
import { undoMerge } from '../../../../electron/products/undo-merge';

let dir: string;
let file: string;
const upTo10 = migrations.filter((m) => m.version <= 10);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m011-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 011 (variant splits)', () => {
  it('keeps a merge made before it undoable, and adds the split records', () => {
    const old = openDatabase(file, upTo10);
    const now = new Date().toISOString();
    for (const id of [1, 2]) {
      old.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (?, ?, ?)').run(id, now, now);
      old.prepare("INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, created_at) VALUES (?, 0, ?, 'a.jpg', 'jpeg', 1, 1, 1, ?)").run(id, `sha${id}`, now);
    }
    const { mergeId } = mergeProducts(old, 1, [2]);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(11);
      expect(db.prepare('SELECT variants_after FROM merges').pluck().all()).toEqual([null]);
      expect(undoMerge(db, mergeId)).toEqual([1, 2]);
      expect(db.prepare('SELECT count(*) FROM variant_splits').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
