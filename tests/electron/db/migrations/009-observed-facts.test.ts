import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/db/migrations';
import { openDatabase } from '../../../../electron/db/open-database';
import { readDraft } from '../../../../electron/drafts/read-draft';
import { updateDraft } from '../../../../electron/drafts/update-draft';

let dir: string;
let file: string;
const before009 = migrations.filter((m) => m.version < 9);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m009-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 009 (observed facts and owner confirmations)', () => {
  it('keeps existing drafts, reading them as unobserved with nothing confirmed, and saves both from then on', () => {
    const old = openDatabase(file, before009);
    const now = new Date().toISOString();
    old.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
    old.prepare("INSERT INTO drafts (product_id, title, status, updated_at) VALUES (1, 'Red mug', 'draft', ?)").run(now);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      expect(readDraft(db, 1)).toMatchObject({ title: 'Red mug', observed: null, confirmed: [] });
      db.prepare(`UPDATE drafts SET observed = '{"object":"mug","colours":["red"],"materials":[],"visibleText":[]}' WHERE product_id = 1`).run();
      updateDraft(db, 1, { title: 'Red stoneware mug' }, { source: 'edit' });
      const snapshot = JSON.parse(db.prepare<[], string>('SELECT snapshot FROM revisions WHERE product_id = 1').pluck().get()!);
      expect(snapshot).toMatchObject({ title: 'Red stoneware mug', observed: { object: 'mug', colours: ['red'] }, confirmed: [] });
    } finally {
      db.close();
    }
  });
});
