import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { sweepTempFiles, TEMP_FILE_GRACE_MS } from '../../../electron/library/sweep-temp-files';

let lib: string;

beforeEach(() => {
  lib = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-sweep-'));
});

afterEach(() => fs.rmSync(lib, { recursive: true, force: true }));

/** Writes a file and dates it `ageMs` ago. */
function place(relative: string, ageMs: number, content = 'x'): string {
  const file = path.join(lib, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  const when = new Date(Date.now() - ageMs);
  fs.utimesSync(file, when, when);
  return file;
}

const hour = 60 * 60 * 1000;

describe('sweepTempFiles', () => {
  it('removes temp files a crash left in the library folders, and nothing else', async () => {
    const leftovers = [
      place('originals/ab/abab.jpg.1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed.tmp', hour),
      place('thumbs/cdcd.webp.0f8fad5b-d9cb-469f-a165-70867728950e.tmp', hour),
      place('model-input/efef.jpg.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp', hour),
      place('models/models.json.4242.tmp', hour),
      place('engine/llama-server-4242.json.4243.tmp', hour),
    ];
    const kept = [
      place('originals/ab/abab.jpg', hour),
      place('thumbs/cdcd.webp', hour),
      place('models/tiny/tiny.gguf.ipull', hour),
      place('exports/listing.csv.tmp', hour), // not a folder the library writes through a temp name
      place('library.sqlite-notes.tmp', hour),
    ];
    expect(await sweepTempFiles(lib)).toBe(5);
    for (const file of leftovers) expect(fs.existsSync(file), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(file), file).toBe(true);
  });

  it('leaves a fresh temp file alone: another process may be writing it right now', async () => {
    const fresh = place('thumbs/abcd.webp.aaaa.tmp', TEMP_FILE_GRACE_MS / 2);
    const stale = place('thumbs/dcba.webp.bbbb.tmp', TEMP_FILE_GRACE_MS * 2);
    expect(await sweepTempFiles(lib)).toBe(1);
    expect(fs.existsSync(fresh)).toBe(true);
    expect(fs.existsSync(stale)).toBe(false);
  });

  it('copes with a library that has none of the folders yet', async () => {
    expect(await sweepTempFiles(path.join(lib, 'never-created'))).toBe(0);
  });

  it('runs in the background when the library opens', async () => {
    const leftover = place('thumbs/abcd.webp.cccc.tmp', hour);
    const core = openCore({ libraryDir: lib });
    await vi.waitFor(() => expect(fs.existsSync(leftover)).toBe(false));
    core.close();
  });
});
