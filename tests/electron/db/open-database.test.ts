import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import type { Migration } from '../../../electron/db/migrations/migration';
import { openDatabase, schemaVersion } from '../../../electron/db/open-database';
import { AppError } from '../../../shared/errors';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-open-db-'));
  dirs.push(dir);
  return path.join(dir, 'library.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tableNames(file: string): string[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  } finally {
    raw.close();
  }
}

const createWidgets: Migration = { version: 1, name: 'widgets', up: 'CREATE TABLE widgets (id INTEGER PRIMARY KEY);' };
const createGadgetsThenFail: Migration = {
  version: 2,
  name: 'gadgets',
  up: 'CREATE TABLE gadgets (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);',
};

describe('openDatabase', () => {
  it('creates the file in WAL mode with foreign keys on and every migration applied', () => {
    const file = tempFile();
    const db = openDatabase(file);
    try {
      expect(fs.existsSync(file)).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    } finally {
      db.close();
    }
    expect(tableNames(file)).toEqual(expect.arrayContaining(['products', 'photos', 'drafts', 'revisions', 'exports', 'jobs', 'job_items', 'settings']));
  });

  it('applies only the pending migrations when reopened', () => {
    const file = tempFile();
    openDatabase(file, [createWidgets]).close();
    const second: Migration = { version: 2, name: 'gizmos', up: 'CREATE TABLE gizmos (id INTEGER PRIMARY KEY);' };
    const db = openDatabase(file, [createWidgets, second]);
    expect(schemaVersion(db)).toBe(2);
    db.close();
    expect(tableNames(file)).toEqual(['gizmos', 'widgets']);
  });

  it('leaves user_version and tables unchanged when a pending migration fails', () => {
    const file = tempFile();
    openDatabase(file, [createWidgets]).close();
    expect(() => openDatabase(file, [createWidgets, createGadgetsThenFail])).toThrow(/no_such_table/);
    expect(tableNames(file)).toEqual(['widgets']);
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
  });

  it('applies all pending migrations as one transaction: a later failure undoes the earlier ones', () => {
    const file = tempFile();
    expect(() => openDatabase(file, [createWidgets, createGadgetsThenFail])).toThrow();
    expect(tableNames(file)).toEqual([]);
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    raw.close();
  });

  it('refuses a database written by a newer version, saying what to do', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(file);
    expect((error as AppError).message).toMatch(/newer version of Listing Studio.*schema 99.*Update the app/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(99);
    after.close();
  });

  it('names a truncated, corrupt or non-SQLite library file and says what to do, leaving it byte-identical', () => {
    const good = tempFile();
    const db = openDatabase(good);
    const insert = db.prepare("INSERT INTO products (group_key, created_at, updated_at) VALUES (NULL, 'now', 'now')");
    for (let i = 0; i < 300; i++) insert.run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(good);
    const scrambled = Buffer.from(bytes);
    scrambled.fill(0x5a, 100, 4096);
    const cases: Record<string, Buffer> = {
      truncated: bytes.subarray(0, Math.floor(bytes.length / 2)),
      'cut in the header': bytes.subarray(0, 60),
      'damaged first page': scrambled,
      'a web page saved under that name': Buffer.from('<!DOCTYPE html><html><body>Sign in</body></html>\n'.repeat(50)),
    };
    for (const [label, content] of Object.entries(cases)) {
      const file = tempFile();
      fs.writeFileSync(file, content);
      let error: unknown;
      try {
        openDatabase(file).close();
      } catch (err) {
        error = err;
      }
      expect(error, label).toBeInstanceOf(AppError);
      expect((error as AppError).code, label).toBe('corrupt_file');
      expect((error as AppError).message, label).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged or is not a Listing Studio library .*Restore library.sqlite from a backup`));
      expect(fs.readFileSync(file).equals(content), label).toBe(true);
    }
  });

  it('names a library file that is a folder', () => {
    const file = tempFile();
    fs.mkdirSync(file);
    expect(() => openDatabase(file)).toThrow(`${file} cannot be opened (it is missing, a folder, or not readable)`);
  });
});
