import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFileError } from '../../../electron/export/describe-file-error';
import { runExport, type RunExportRequest } from '../../../electron/export/run-export';
import { AppError } from '../../../shared/errors';
import { addProduct, createTestLibrary, type TestLibrary } from './library-fixture';
import { fullOptions } from './export-fixture-options';

const errno = (code: string) => Object.assign(new Error(`${code}: failed, open '/x/.out.csv.partial'`), { code });

describe('describeFileError', () => {
  const file = '/home/me/Shop/out.csv';
  it('names the folder and what to do for a full disk, a read-only disk, no permission, a folder and a file in the way', () => {
    expect(describeFileError(errno('ENOSPC'), file)).toMatchObject({ code: 'too_large', message: expect.stringMatching(/^The disk holding \/home\/me\/Shop is full.*Free some space/) });
    expect(describeFileError(errno('EDQUOT'), file)?.message).toMatch(/is full/);
    expect(describeFileError(errno('EROFS'), file)).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^\/home\/me\/Shop is on a read-only disk/) });
    expect(describeFileError(errno('EACCES'), file)?.message).toMatch(/^Listing Studio is not allowed to write in \/home\/me\/Shop/);
    expect(describeFileError(errno('EPERM'), file)?.message).toMatch(/not allowed to write/);
    expect(describeFileError(errno('EISDIR'), file)?.message).toMatch(/^\/home\/me\/Shop\/out.csv is a folder/);
    expect(describeFileError(errno('ENOTDIR'), file)?.message).toMatch(/is not a folder/);
    // Each is fixed by saving somewhere else: the export dialog offers its folder chooser beside the message.
    for (const code of ['ENOSPC', 'EROFS', 'EACCES', 'EISDIR', 'ENOTDIR']) expect(describeFileError(errno(code), file)?.fix, code).toBe('choose_export_folder');
  });

  it('finds the code on a wrapped cause (an image copy) and leaves unknown failures alone', () => {
    const wrapped = new Error('Could not copy a.jpg', { cause: errno('ENOSPC') });
    expect(describeFileError(wrapped, file)?.code).toBe('too_large');
    expect(describeFileError(new Error('something else'), file)).toBeNull();
    const own = new AppError('cancelled', 'Export cancelled.');
    expect(describeFileError(own, file)).toBe(own);
  });
});

/** Root in a container may mount a tiny tmpfs: a real full disk and a real read-only disk. */
function canMount(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}
const mountable = canMount();
if (!mountable) console.warn('describe-file-error: cannot mount a tmpfs here (not root on Linux); the real full-disk and read-only exports are skipped, the mapping above still runs.');

describe.skipIf(!mountable)('an export onto a real tiny disk', () => {
  let lib: TestLibrary;
  let disk: string;
  beforeEach(() => {
    lib = createTestLibrary();
    disk = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-tiny-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
    const insert = lib.db.transaction(() => {
      for (let i = 0; i < 600; i++) addProduct(lib.db, { title: `Linen Tote ${i}`, description: 'A sturdy linen tote with a long strap. '.repeat(4), tags: ['bag'], price: '12', sku: `T${i}`, attributes: { quantity: '1' } });
    });
    insert();
  });
  afterEach(() => {
    execFileSync('umount', [disk]);
    fs.rmSync(disk, { recursive: true, force: true });
    lib.close();
  });

  const request = (outputPath: string): RunExportRequest => ({ target: 'shopify', options: fullOptions(), spreadsheetSafe: false, outputPath, onLintFailure: 'exportAnyway' });

  it('a full disk gives a sentence naming the folder, keeps the earlier file and leaves no partial file', async () => {
    const outputPath = path.join(disk, 'shop.csv');
    fs.writeFileSync(outputPath, 'previous export\n');
    const run = runExport(lib.db, lib.dir, request(outputPath));
    await expect(run).rejects.toSatisfy((err) => err instanceof AppError && err.code === 'too_large');
    await expect(run).rejects.toThrow(`The disk holding ${disk} is full`);
    expect(fs.readFileSync(outputPath, 'utf8')).toBe('previous export\n');
    expect(fs.readdirSync(disk)).toEqual(['shop.csv']);
    expect(lib.db.prepare("SELECT count(*) AS n FROM drafts WHERE status = 'exported'").get()).toEqual({ n: 0 });
  });

  it('a read-only disk gives a sentence naming the folder', async () => {
    fs.writeFileSync(path.join(disk, 'shop.csv'), 'previous export\n');
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const run = runExport(lib.db, lib.dir, request(path.join(disk, 'shop.csv')));
    await expect(run).rejects.toThrow(`${disk} is on a read-only disk`);
    expect(fs.readFileSync(path.join(disk, 'shop.csv'), 'utf8')).toBe('previous export\n');
  });
});
