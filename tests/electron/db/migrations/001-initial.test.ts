import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migration001 } from '../../../../electron/db/migrations/001-initial';
import { openDatabase, type Db } from '../../../../electron/db/open-database';

let dir: string;
let db: Db;
const now = '2026-01-01T00:00:00.000Z';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m001-'));
  db = openDatabase(path.join(dir, 'library.sqlite'), [migration001]);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function addProduct(): number {
  return Number(db.prepare('INSERT INTO products (created_at, updated_at) VALUES (?, ?)').run(now, now).lastInsertRowid);
}
function addPhoto(productId: number, sha: string): void {
  db.prepare(
    `INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, created_at)
     VALUES (?, 0, ?, 'a.jpg', 'jpeg', 1, 1, 1, ?)`,
  ).run(productId, sha, now);
}
function count(table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('migration 001 (initial)', () => {
  it('creates the tables and sets user_version 1', () => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['drafts', 'exports', 'job_items', 'jobs', 'photos', 'products', 'revisions', 'settings']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('gives a draft the defaults of an empty new draft', () => {
    const id = addProduct();
    db.prepare('INSERT INTO drafts (product_id, updated_at) VALUES (?, ?)').run(id, now);
    expect(db.prepare('SELECT title, tags, attributes, status, flags, revision, price FROM drafts').get()).toEqual({
      title: '',
      tags: '[]',
      attributes: '{}',
      status: 'new',
      flags: '[]',
      revision: 0,
      price: null,
    });
  });

  it('rejects a draft status outside the five known ones', () => {
    const id = addProduct();
    expect(() => db.prepare("INSERT INTO drafts (product_id, status, updated_at) VALUES (?, 'published', ?)").run(id, now)).toThrow(/CHECK constraint/);
  });

  it('rejects a job state outside the known ones', () => {
    expect(() => db.prepare("INSERT INTO jobs (kind, state, created_at, updated_at) VALUES ('generate', 'sleeping', ?, ?)").run(now, now)).toThrow(/CHECK constraint/);
  });

  it('refuses a photo of a product that does not exist (foreign keys are enforced)', () => {
    expect(() => addPhoto(12345, 'abc')).toThrow(/FOREIGN KEY constraint/);
  });

  it('refuses the same photo bytes twice (sha256 is unique)', () => {
    const a = addProduct();
    const b = addProduct();
    addPhoto(a, 'same');
    expect(() => addPhoto(b, 'same')).toThrow(/UNIQUE constraint failed: photos.sha256/);
  });

  it('refuses two revisions with the same number for one product', () => {
    const id = addProduct();
    const insert = db.prepare("INSERT INTO revisions (product_id, revision, snapshot, source, created_at) VALUES (?, 1, '{}', 'edit', ?)");
    insert.run(id, now);
    expect(() => insert.run(id, now)).toThrow(/UNIQUE constraint failed: revisions.product_id, revisions.revision/);
  });

  it('deleting a product deletes its photos, draft, revisions, exports and job items', () => {
    const keep = addProduct();
    const gone = addProduct();
    for (const id of [keep, gone]) {
      addPhoto(id, `sha-${id}`);
      db.prepare('INSERT INTO drafts (product_id, updated_at) VALUES (?, ?)').run(id, now);
      db.prepare("INSERT INTO revisions (product_id, revision, snapshot, source, created_at) VALUES (?, 1, '{}', 'edit', ?)").run(id, now);
      db.prepare("INSERT INTO exports (product_id, target, file, exported_at) VALUES (?, 'shopify', 'out.csv', ?)").run(id, now);
    }
    const job = Number(db.prepare("INSERT INTO jobs (kind, state, created_at, updated_at) VALUES ('generate', 'queued', ?, ?)").run(now, now).lastInsertRowid);
    for (const id of [keep, gone]) db.prepare("INSERT INTO job_items (job_id, product_id, state, updated_at) VALUES (?, ?, 'pending', ?)").run(job, id, now);

    db.prepare('DELETE FROM products WHERE id = ?').run(gone);

    for (const table of ['photos', 'drafts', 'revisions', 'exports', 'job_items']) {
      const column = 'product_id';
      expect(db.prepare(`SELECT ${column} FROM ${table}`).pluck().all(), table).toEqual([keep]);
    }
    expect(count('products')).toBe(1);
  });

  it('deleting a job deletes its items', () => {
    const id = addProduct();
    const job = Number(db.prepare("INSERT INTO jobs (kind, state, created_at, updated_at) VALUES ('export', 'done', ?, ?)").run(now, now).lastInsertRowid);
    db.prepare("INSERT INTO job_items (job_id, product_id, state, updated_at) VALUES (?, ?, 'done', ?)").run(job, id, now);
    db.prepare('DELETE FROM jobs WHERE id = ?').run(job);
    expect(count('job_items')).toBe(0);
    expect(count('products')).toBe(1);
  });
});
