import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideLibraryOpen, libraryFolderState } from '../../../electron/library/check-library-folder';
import { openDatabase } from '../../../electron/db/open-database';
import { AppError } from '../../../shared/errors';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-library-folder-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('libraryFolderState', () => {
  it('tells a missing path, a file, a folder without a library and a library apart', () => {
    const file = path.join(tmp, 'notes.txt');
    fs.writeFileSync(file, 'x');
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    const library = path.join(tmp, 'shop');
    fs.mkdirSync(library);
    openDatabase(path.join(library, 'library.sqlite')).close();
    expect([path.join(tmp, 'nope'), file, path.join(file, 'below'), empty, library].map(libraryFolderState)).toEqual(['missing', 'not-a-folder', 'not-a-folder', 'new', 'library']);
  });
});

describe('decideLibraryOpen', () => {
  it('opens a library, and creates one only when allowed', () => {
    expect(decideLibraryOpen('/lib', 'library', false)).toEqual({ creates: false });
    expect(decideLibraryOpen('/lib', 'missing', true)).toEqual({ creates: true });
    expect(decideLibraryOpen('/lib', 'new', true)).toEqual({ creates: true });
  });

  it('refuses a mistyped folder instead of starting an empty library, saying how to start one', () => {
    for (const state of ['missing', 'new'] as const) {
      expect(() => decideLibraryOpen('/home/me/Shpo', state, false)).toThrow(
        'There is no library at /home/me/Shpo. Check the folder name (--library or LISTING_STUDIO_LIBRARY); to start a new library there, import photos into it',
      );
    }
  });

  it('refuses a file given as the library, naming it, whatever the command', () => {
    for (const mayCreate of [true, false]) {
      expect(() => decideLibraryOpen('/home/me/library.sqlite', 'not-a-folder', mayCreate)).toThrow(
        expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/^\/home\/me\/library.sqlite is a file, not a library folder/) }) as AppError,
      );
    }
  });
});
