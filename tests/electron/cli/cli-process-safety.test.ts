import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { writeGenerationSettings } from '../../../electron/generation/settings-store';
import { generationSettingsSchema } from '../../../shared/domain/generation-options';
import { completionReply, fakeListing, startFaultServer, type FaultServer } from '../../helpers/fault-server';
import { cli, writePhotos, type CliRun } from './cli-child';

/** A stack trace line, as Node prints them: "    at fn (file:line:col)". */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

function expectCleanFailure(run: CliRun, message: string | RegExp): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  if (typeof message === 'string') expect(run.stderr).toContain(message);
  else expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(STACK_LINE);
}

describe("the CLI never loses the owner's work (child process, real library, fake cloud endpoint)", () => {
  let fault: FaultServer;
  let work: string;
  let library: string;
  const env = () => ({ LISTING_STUDIO_CLOUD_KEY: 'sk-test-safety', LISTING_STUDIO_SKIP_ENGINE_BUILD: '1' });

  beforeAll(async () => {
    fault = await startFaultServer({ apiKey: 'sk-test-safety', fallback: completionReply(JSON.stringify(fakeListing())) });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-cli-safety-'));
    await writePhotos(path.join(work, 'photos'));
    library = path.join(work, 'library');
    fs.mkdirSync(library);
    const db = openDatabase(path.join(library, 'library.sqlite'));
    writeGenerationSettings(db, generationSettingsSchema.parse({ provider: 'cloud', cloud: { baseURL: fault.baseURL, model: 'gpt-4.1-mini' } }));
    db.close();
  });
  afterAll(async () => {
    await fault?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("run --out product.csv leaves the user's own product-images folder byte-identical and puts the photos beside it", async () => {
    const shop = path.join(work, 'shop');
    const userImages = path.join(shop, 'product-images');
    fs.mkdirSync(userImages, { recursive: true });
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } }).jpeg().toBuffer();
    const invoice = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    fs.writeFileSync(path.join(userImages, 'DSC_0001.jpg'), photo);
    fs.writeFileSync(path.join(userImages, 'invoice.pdf'), invoice);

    const out = path.join(shop, 'product.csv');
    const run = await cli(['run', path.join(work, 'photos'), '--format', 'generic', '--out', out, '--library', library, '--json'], env());

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(fs.readdirSync(userImages).sort()).toEqual(['DSC_0001.jpg', 'invoice.pdf']);
    expect(fs.readFileSync(path.join(userImages, 'DSC_0001.jpg')).equals(photo)).toBe(true);
    expect(fs.readFileSync(path.join(userImages, 'invoice.pdf')).equals(invoice)).toBe(true);
    const result = JSON.parse(run.stdout) as { export: { imagesDir: string; imagesCopied: number; notices: string[] } };
    expect(result.export.imagesDir).toBe(path.join(shop, 'product-images-2'));
    expect(result.export.imagesCopied).toBe(4);
    expect(result.export.notices.join(' ')).toContain(`${userImages} holds files Listing Studio did not write`);
  });

  it('refuses the library database as --out; the library still opens afterwards', async () => {
    const database = path.join(library, 'library.sqlite');
    const before = await cli(['status', '--library', library, '--json'], env());
    const run = await cli(['export', '--format', 'generic', '--out', database, '--on-lint-failure', 'anyway', '--library', library], env());
    expectCleanFailure(run, `${database} is inside the library folder ${library}`);
    const after = await cli(['status', '--library', library, '--json'], env());
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
    expect((JSON.parse(after.stdout) as { products: number }).products).toBe(3);
  });

  it('a --product that does not exist is an error and the earlier export stays', async () => {
    const out = path.join(work, 'earlier.csv');
    fs.writeFileSync(out, 'an earlier export\n');
    const run = await cli(['export', '--format', 'generic', '--out', out, '--product', '999', '--no-images', '--library', library], env());
    expectCleanFailure(run, 'This library has no product 999.');
    expect(fs.readFileSync(out, 'utf8')).toBe('an earlier export\n');
  });

  it('an export with nothing approved says why instead of writing a header-only file', async () => {
    const out = path.join(work, 'earlier.csv');
    const run = await cli(['export', '--format', 'generic', '--out', out, '--no-images', '--library', library], env());
    expectCleanFailure(run, 'There is nothing new to export to Generic CSV (');
    expect(fs.readFileSync(out, 'utf8')).toBe('an earlier export\n');
  });

  it('a folder as --out is named, with a file name to use instead', async () => {
    const run = await cli(['export', '--format', 'generic', '--out', work, '--product', '1', '--library', library], env());
    expectCleanFailure(run, `${work} is a folder. Give a file name inside it`);
  });

  it('a mistyped --library for export, generate and status is an error, and no library is created there', async () => {
    const typo = path.join(work, 'libary');
    const runs = [
      await cli(['export', '--format', 'generic', '--out', path.join(work, 'x.csv'), '--library', typo], env()),
      await cli(['generate', '--all', '--library', typo], env()),
      await cli(['status', '--library', typo], env()),
    ];
    for (const run of runs) expectCleanFailure(run, `There is no library at ${typo}.`);
    expect(fs.existsSync(typo)).toBe(false);
  });

  it('import creates a new library and says so', async () => {
    const fresh = path.join(work, 'new-shop');
    const run = await cli(['import', path.join(work, 'photos', 'VASE-2.jpg'), '--library', fresh], env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Created a new library at ${fresh}.`);
    expect(fs.existsSync(path.join(fresh, 'library.sqlite'))).toBe(true);
  });

  it('a file as the library, or a damaged library.sqlite, gets a sentence naming it and no stack trace', async () => {
    const file = path.join(work, 'photos', 'VASE-2.jpg');
    expectCleanFailure(await cli(['status', '--library', file], env()), `${file} is a file, not a library folder.`);

    const damaged = path.join(work, 'damaged');
    fs.mkdirSync(damaged);
    const good = fs.readFileSync(path.join(library, 'library.sqlite'));
    const cut = good.subarray(0, Math.floor(good.length / 2));
    fs.writeFileSync(path.join(damaged, 'library.sqlite'), cut);
    const run = await cli(['status', '--library', damaged], env());
    expectCleanFailure(run, `${path.join(damaged, 'library.sqlite')} is damaged or is not a Listing Studio library`);
    expect(fs.readFileSync(path.join(damaged, 'library.sqlite')).equals(cut)).toBe(true);
  });
});
