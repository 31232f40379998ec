import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/db/migrations';
import { openDatabase } from '../../../../electron/db/open-database';
import { getPhotos } from '../../../../electron/products/get-photos';

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-m006-'));
  file = path.join(dir, 'library.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 006 (photo palette scene)', () => {
  it('keeps the palettes of photos imported before, with no scene, and accepts only known scenes after', () => {
    const before = openDatabase(file, migrations.filter((m) => m.version < 6));
    const now = new Date().toISOString();
    before.prepare('INSERT INTO products (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
    before
      .prepare("INSERT INTO photos (product_id, position, sha256, original_name, format, width, height, bytes, palette, created_at) VALUES (1, 0, 'aa', 'a.jpg', 'jpeg', 1, 1, 1, ?, ?)")
      .run(JSON.stringify([{ hex: '#c62828', share: 0.9 }]), now);
    before.close();

    const db = openDatabase(file, migrations.filter((m) => m.version <= 6));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(6);
      const [photo] = getPhotos(db, 1);
      expect(photo!.palette).toEqual([{ hex: '#c62828', share: 0.9 }]);
      expect(photo!.paletteScene).toBeNull();
      db.prepare("UPDATE photos SET palette_scene = 'lifestyle'").run();
      expect(getPhotos(db, 1)[0]!.paletteScene).toBe('lifestyle');
      expect(() => db.prepare("UPDATE photos SET palette_scene = 'party'").run()).toThrow(/CHECK constraint/);
    } finally {
      db.close();
    }
  });
});
