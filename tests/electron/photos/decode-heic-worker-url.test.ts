import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateHeicWorker, outsideAsar } from '../../../electron/photos/decode-heic-worker-url';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-asar-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('where the HEIC worker loads from', () => {
  it('from the TypeScript sources, the tsx entry beside this module', async () => {
    const url = await locateHeicWorker();
    expect(String(url)).toMatch(/electron\/photos\/decode-heic-worker-tsx\.mjs$/);
    expect(fs.existsSync(new URL(String(url)))).toBe(true);
  });

  it('in a packaged app, the unpacked copy beside app.asar when there is one, else the path as given', () => {
    const inAsar = path.join(dir, 'resources', 'app.asar', 'out', 'main', 'chunks', 'decode-heic-worker-abc.js');
    expect(outsideAsar(inAsar)).toBe(inAsar);
    const unpacked = path.join(dir, 'resources', 'app.asar.unpacked', 'out', 'main', 'chunks', 'decode-heic-worker-abc.js');
    fs.mkdirSync(path.dirname(unpacked), { recursive: true });
    fs.writeFileSync(unpacked, '');
    expect(outsideAsar(inAsar)).toBe(unpacked);
    const outside = path.join(dir, 'out', 'main', 'chunks', 'decode-heic-worker-abc.js');
    expect(outsideAsar(outside)).toBe(outside);
  });
});
