import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../../electron/db/open-database';
import { migration001 } from '../../../../electron/db/migrations/001-initial';
import { migration002 } from '../../../../electron/db/migrations/002-queue-leases';
import { migration003 } from '../../../../electron/db/migrations/003-photo-thumbnail-index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 005 (job pause reason)', () => {
  it('upgrades a library with a paused job, keeping it, with no reason (the owner paused it)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-mig005-'));
    dirs.push(dir);
    const file = path.join(dir, 'library.sqlite');
    const old = openDatabase(file, [migration001, migration002, migration003]);
    const now = new Date().toISOString();
    old.prepare("INSERT INTO jobs (id, kind, state, created_at, updated_at) VALUES (1, 'generate', 'paused', ?, ?)").run(now, now);
    old.close();

    const db = openDatabase(file);
    try {
      expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
      expect(db.prepare('SELECT state, pause_reason FROM jobs WHERE id = 1').get()).toEqual({ state: 'paused', pause_reason: null });
      db.prepare("UPDATE jobs SET pause_reason = 'The engine was killed.' WHERE id = 1").run();
      expect(db.prepare('SELECT pause_reason FROM jobs WHERE id = 1').pluck().get()).toBe('The engine was killed.');
    } finally {
      db.close();
    }
  });
});
