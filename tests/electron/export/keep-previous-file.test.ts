import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepPreviousFile } from '../../../electron/export/keep-previous-file';
import { keptPreviousName } from '../../../electron/export/kept-previous-name';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keep-previous-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const modified = new Date(2026, 11, 1, 12, 17);

function ownersFile(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  fs.utimesSync(file, modified, modified);
  return file;
}

describe('keepPreviousFile', () => {
  it('does nothing when there is no file yet', async () => {
    expect(await keepPreviousFile(path.join(dir, 'listings.csv'))).toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps the file under "(earlier …)" named by its own last change, and leaves it in place until it is replaced', async () => {
    const file = ownersFile('listings.csv', 'my own notes\n');
    const kept = await keepPreviousFile(file);
    expect(kept).toBe(path.join(dir, 'listings (earlier 2026-12-01 12.17).csv'));
    expect(fs.readFileSync(kept!, 'utf8')).toBe('my own notes\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('my own notes\n');
  });

  it('takes the next number when the name is taken, and leaves the file under that name as it was', async () => {
    const file = ownersFile('listings.csv', 'third\n');
    fs.writeFileSync(path.join(dir, keptPreviousName('listings.csv', modified, 1)), 'first\n');
    fs.writeFileSync(path.join(dir, keptPreviousName('listings.csv', modified, 2)), 'second\n');
    const kept = await keepPreviousFile(file);
    expect(path.basename(kept!)).toBe('listings (earlier 2026-12-01 12.17, 3).csv');
    expect(fs.readFileSync(kept!, 'utf8')).toBe('third\n');
    expect(fs.readFileSync(path.join(dir, 'listings (earlier 2026-12-01 12.17).csv'), 'utf8')).toBe('first\n');
    expect(fs.readFileSync(path.join(dir, 'listings (earlier 2026-12-01 12.17, 2).csv'), 'utf8')).toBe('second\n');
  });
});
