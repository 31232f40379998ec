import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkExportTarget, type ExportTargetFacts } from '../../../electron/export/check-export-target';
import { runExport, type RunExportRequest } from '../../../electron/export/run-export';
import { openDatabase } from '../../../electron/db/open-database';
import { AppError } from '../../../shared/errors';
import { defaultExportName, joinPath } from '../../../renderer/src/export/default-export-path';
import { addProduct, createTestLibrary, type TestLibrary } from './library-fixture';
import { fullOptions } from './export-fixture-options';
import { readBack } from './read-back';

let lib: TestLibrary;
beforeEach(() => {
  lib = createTestLibrary();
  addProduct(lib.db, { title: 'Linen Tote', description: 'Plain.', tags: ['bag'], price: '12', sku: 'LT-1', attributes: { quantity: '1' } });
});
afterEach(() => lib.close());

function request(outputPath: string): RunExportRequest {
  return { target: 'generic', options: fullOptions(), spreadsheetSafe: false, outputPath, onLintFailure: 'exportAnyway' };
}

const refusedAs = (code: string) => (err: unknown) => err instanceof AppError && err.code === code;

describe('exports never write into the library', () => {
  it('refuses the library database as --out; the library still opens with its product', async () => {
    const database = path.join(lib.dir, 'library.sqlite');
    const run = runExport(lib.db, lib.dir, request(database));
    await expect(run).rejects.toSatisfy(refusedAs('forbidden'));
    await expect(run).rejects.toThrow(`${database} is inside the library folder ${lib.dir}`);
    const reopened = openDatabase(database);
    expect(reopened.prepare('SELECT title FROM drafts').pluck().all()).toEqual(['Linen Tote']);
    reopened.close();
  });

  it('sees through .. and symbolic links, and refuses any file in the library', async () => {
    const link = path.join(lib.out, 'shortcut');
    fs.symlinkSync(lib.dir, link);
    const sneaky = [
      path.join(lib.out, '..', 'library', 'library.sqlite'),
      path.join(link, 'library.sqlite'),
      path.join(link, 'notes.csv'),
      path.join(lib.dir, 'originals', 'x.csv'),
    ];
    for (const outputPath of sneaky) await expect(runExport(lib.db, lib.dir, request(outputPath)), outputPath).rejects.toSatisfy(refusedAs('forbidden'));
    expect(fs.readdirSync(lib.dir).sort()).toEqual(['library.sqlite', 'library.sqlite-shm', 'library.sqlite-wal']);
  });

  it('refuses a folder as the output file, naming it', async () => {
    await expect(runExport(lib.db, lib.dir, request(lib.out))).rejects.toThrow(`${lib.out} is a folder. Give a file name inside it`);
  });

  it("creates the app's own export folder for the path the export dialog suggests", async () => {
    // The same helpers renderer/src/export/export-dialog.tsx builds its first suggestion with.
    const suggested = joinPath(joinPath(lib.dir, 'exports'), defaultExportName('generic', new Date()));
    expect(fs.existsSync(path.dirname(suggested))).toBe(false);
    const result = await runExport(lib.db, lib.dir, request(suggested));
    expect(result.file).toBe(suggested);
    expect(readBack(suggested)[1]).toContain('Linen Tote');
  });

  it('creates no other missing folder', async () => {
    await expect(runExport(lib.db, lib.dir, request(path.join(lib.out, 'typo', 'a.csv')))).rejects.toThrow(/typo does not exist/);
    await expect(runExport(lib.db, lib.dir, request(path.join(lib.dir, 'exports', 'sub', 'a.csv')))).rejects.toThrow(/sub does not exist/);
    expect(fs.existsSync(path.join(lib.out, 'typo'))).toBe(false);
  });
});

describe('checkExportTarget', () => {
  const facts = (extra: Partial<ExportTargetFacts>): ExportTargetFacts => ({
    outputPath: '/Users/me/Shop/out.csv',
    realOutput: '/Users/me/Shop/out.csv',
    outputKind: 'missing',
    parentKind: 'folder',
    libraryDir: '/Users/me/Library/listing-studio/library',
    realLibrary: '/Users/me/Library/listing-studio/library',
    caseInsensitive: false,
    ...extra,
  });

  it('compares without case where the disk ignores it', () => {
    const shouted = facts({ outputPath: '/Users/me/LIBRARY/Listing-Studio/Library/LIBRARY.SQLITE', realOutput: '/Users/me/LIBRARY/Listing-Studio/Library/LIBRARY.SQLITE', outputKind: 'file' });
    expect(() => checkExportTarget({ ...shouted, caseInsensitive: true })).toThrow(/inside the library folder/);
    expect(checkExportTarget({ ...shouted, caseInsensitive: false })).toEqual({ createParent: false });
  });

  it('allows a folder whose name only starts like the library', () => {
    expect(checkExportTarget(facts({ realOutput: '/Users/me/Library/listing-studio/library-old/out.csv' }))).toEqual({ createParent: false });
  });

  it('makes only the exports folder inside the library, and refuses that folder itself as the file', () => {
    const lib = '/Users/me/Library/listing-studio/library';
    expect(checkExportTarget(facts({ realOutput: `${lib}/exports/a.csv`, outputPath: `${lib}/exports/a.csv`, parentKind: 'missing' }))).toEqual({ createParent: true });
    expect(() => checkExportTarget(facts({ realOutput: `${lib}/exports`, outputPath: `${lib}/exports`, outputKind: 'folder' }))).toThrow(/inside the library folder/);
  });

  it('refuses a parent that is a file and an output that is not a plain file', () => {
    expect(() => checkExportTarget(facts({ parentKind: 'file' }))).toThrow('/Users/me/Shop is a file, not a folder');
    expect(() => checkExportTarget(facts({ outputKind: 'other' }))).toThrow(/not an ordinary file/);
  });

  it('marks every refusal as fixed by choosing another place, so the dialog can offer its chooser', () => {
    const lib = '/Users/me/Library/listing-studio/library';
    const refusals = [facts({ parentKind: 'file' }), facts({ outputKind: 'folder' }), facts({ parentKind: 'missing' }), facts({ realOutput: `${lib}/library.sqlite`, outputPath: `${lib}/library.sqlite` })];
    for (const f of refusals) expect(() => checkExportTarget(f)).toThrow(expect.objectContaining({ fix: 'choose_export_folder' }));
  });
});
