import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { openDatabase } from '../../../electron/db/open-database';
import { trashProducts } from '../../../electron/products/trash-products';
import { seedProducts } from '../db/temp-database';

let lib: string;
beforeEach(() => {
  lib = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-tidy-'));
});
afterEach(() => fs.rmSync(lib, { recursive: true, force: true }));

const DAY = 24 * 60 * 60 * 1000;

describe('tidyLibrary, when a library opens', () => {
  it('deletes for good what has been in the Trash over 30 days, and keeps the rest', async () => {
    const db = openDatabase(path.join(lib, 'library.sqlite'));
    const [expired, recent, live] = seedProducts(db, [{ photos: ['a.jpg'] }, { photos: ['b.jpg'] }, { photos: ['c.jpg'] }]) as [number, number, number];
    trashProducts(db, [expired, recent]);
    // The clock moving on: one went to the Trash 31 days ago.
    db.prepare('UPDATE products SET deleted_at = ? WHERE id = ?').run(new Date(Date.now() - 31 * DAY).toISOString(), expired);
    db.close();

    const core = openCore({ libraryDir: lib });
    try {
      expect(core.db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(3); // opening did not wait for it
      expect((await core.tidied).expiredTrash).toBe(1);
      expect(core.db.prepare('SELECT id FROM products ORDER BY id').pluck().all()).toEqual([recent, live]);
    } finally {
      core.close();
    }
  });
});
