import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { openDatabase } from '../../../electron/db/open-database';
import { sweepUnreferencedPhotos, UNREFERENCED_GRACE_MS } from '../../../electron/library/sweep-unreferenced-photos';
import { importPhotos } from '../../../electron/photos/import-photos';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'helpers', 'import-child.ts');
const HOUR = 60 * 60 * 1000;

let root: string;
let lib: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-unref-'));
  lib = path.join(root, 'library');
  fs.mkdirSync(lib);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Distinct noisy JPEGs (noise keeps each one's hash and decode real), named stem_1.jpg… so they form one product. */
async function writePhotos(folder: string, stem: string, count: number, size = 900): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true });
  const files = [];
  for (let i = 1; i <= count; i++) {
    const file = path.join(folder, `${stem}_${i}.jpg`);
    await sharp({ create: { width: size, height: Math.round(size * 0.75), channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120 + i, sigma: 40 } } })
      .jpeg({ quality: 92 })
      .toFile(file);
    files.push(file);
  }
  return files;
}

/** Every photo file in the library (originals, thumbnails, model inputs), not temp files. */
function photoFilesOnDisk(): string[] {
  const out: string[] = [];
  for (const folder of ['originals', 'thumbs', 'model-input']) {
    const dir = path.join(lib, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !entry.name.endsWith('.tmp')) out.push(path.join(entry.parentPath, entry.name));
    }
  }
  return out.sort();
}


/** Dates every file `ageMs` ago: the clock moving on between the crash and the next open. */
function age(files: readonly string[], ageMs: number): void {
  const when = new Date(Date.now() - ageMs);
  for (const file of files) fs.utimesSync(file, when, when);
}

/** Imports the folder in a child process and SIGKILLs it once `killAfter` photos are prepared. */
function importThenKill(folder: string, killAfter: number): Promise<{ killed: boolean; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, lib, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let killed = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const event = JSON.parse(line) as { event: string; done?: number };
    if (!killed && event.event === 'progress' && event.done! >= killAfter) {
      killed = true;
      process.kill(child.pid!, 'SIGKILL');
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve({ killed, stderr }));
  });
}

describe('sweepUnreferencedPhotos', () => {
  it('after an import killed part-way, the next open removes exactly the files no photo row refers to', async () => {
    // Photos already in the library: their files must survive, however old.
    const db = openDatabase(path.join(lib, 'library.sqlite'));
    const saved = await importPhotos(db, lib, await writePhotos(path.join(root, 'kept'), 'bowl', 3, 200));
    db.close();
    expect(saved.photosImported).toBe(3);
    const referenced = photoFilesOnDisk();
    expect(referenced).toHaveLength(9);

    // One product of 30 photos: its row is written only when all 30 are ready, so a kill before then strands every file written.
    const batch = path.join(root, 'batch');
    await writePhotos(batch, 'quilt', 30);
    const run = await importThenKill(batch, 8);
    expect(run.killed, run.stderr).toBe(true);
    const stray = photoFilesOnDisk().filter((f) => !referenced.includes(f));
    expect(stray.length).toBeGreaterThanOrEqual(8 * 3 - 2);
    age([...referenced, ...stray], HOUR);

    const core = openCore({ libraryDir: lib });
    try {
      const { strayPhotoFiles } = await core.tidied;
      expect([...strayPhotoFiles].sort()).toEqual(stray);
      expect(photoFilesOnDisk()).toEqual(referenced);
      expect(core.db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(3);
    } finally {
      core.close();
    }
  }, 120_000);

  it('never removes a file younger than the grace period, which an import elsewhere may be about to save', async () => {
    const db = openDatabase(path.join(lib, 'library.sqlite'));
    try {
      const sha = 'a'.repeat(64);
      const fresh = path.join(lib, 'thumbs', `${sha}.webp`);
      const old = path.join(lib, 'model-input', `${'b'.repeat(64)}.jpg`);
      const notOurs = path.join(lib, 'thumbs', 'cover.webp');
      for (const file of [fresh, old, notOurs]) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, 'x');
      }
      age([fresh], UNREFERENCED_GRACE_MS / 2);
      age([old, notOurs], UNREFERENCED_GRACE_MS * 2);
      expect(await sweepUnreferencedPhotos(db, lib)).toEqual([old]);
      expect(fs.existsSync(fresh)).toBe(true);
      expect(fs.existsSync(notOurs)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('copes with a library that has none of the folders yet', async () => {
    const db = openDatabase(path.join(lib, 'library.sqlite'));
    try {
      expect(await sweepUnreferencedPhotos(db, lib)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
