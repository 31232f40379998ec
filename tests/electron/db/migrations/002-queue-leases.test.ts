import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../../../electron/db/open-database';
import { migration001 } from '../../../../electron/db/migrations/001-initial';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-mig002-'));
  dirs.push(dir);
  return path.join(dir, 'library.sqlite');
}

describe('migration 002 (queue leases)', () => {
  it('upgrades a version-1 library that already has jobs, keeping them', () => {
    const file = tempFile();
    const v1 = openDatabase(file, [migration001]);
    const now = new Date().toISOString();
    v1.prepare("INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?)").run(now, now);
    v1.prepare("INSERT INTO jobs (id, kind, state, created_at, updated_at) VALUES (1, 'generate', 'running', ?, ?)").run(now, now);
    v1.prepare("INSERT INTO job_items (job_id, product_id, state, updated_at) VALUES (1, 1, 'running', ?)").run(now);
    v1.close();

    const db = openDatabase(file);
    dbs.push(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(2);
    const item = db.prepare('SELECT state, runner, started_at, seconds, revision FROM job_items').get();
    expect(item).toEqual({ state: 'running', runner: null, started_at: null, seconds: null, revision: null });
  });

  it('allows one item per product in a job', () => {
    const db = openDatabase(tempFile());
    dbs.push(db);
    const now = new Date().toISOString();
    db.prepare("INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?)").run(now, now);
    db.prepare("INSERT INTO jobs (id, kind, state, created_at, updated_at) VALUES (1, 'generate', 'queued', ?, ?)").run(now, now);
    const insert = db.prepare("INSERT INTO job_items (job_id, product_id, state, updated_at) VALUES (1, 1, 'pending', ?)");
    insert.run(now);
    expect(() => insert.run(now)).toThrow(/UNIQUE/);
  });
});
