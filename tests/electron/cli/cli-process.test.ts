import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { writeGenerationSettings } from '../../../electron/generation/settings-store';
import { generationSettingsSchema } from '../../../shared/domain/generation-options';
import { completionReply, fakeListing, startFaultServer, type FaultServer } from '../../helpers/fault-server';
import { cli, writePhotos } from './cli-child';

describe('listing-studio CLI (child process, temp library, fake cloud endpoint)', () => {
  let fault: FaultServer;
  let work: string;
  const env = () => ({ LISTING_STUDIO_CLOUD_KEY: 'sk-test-cli', LISTING_STUDIO_SKIP_ENGINE_BUILD: '1' });

  beforeAll(async () => {
    fault = await startFaultServer({ apiKey: 'sk-test-cli', fallback: completionReply(JSON.stringify(fakeListing())) });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-cli-'));
    await writePhotos(path.join(work, 'photos'));
  });
  afterAll(async () => {
    await fault?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  function cloudLibrary(name: string): string {
    const dir = path.join(work, name);
    fs.mkdirSync(dir, { recursive: true });
    const db = openDatabase(path.join(dir, 'library.sqlite'));
    writeGenerationSettings(db, generationSettingsSchema.parse({ provider: 'cloud', cloud: { baseURL: fault.baseURL, model: 'gpt-4.1-mini' } }));
    db.close();
    return dir;
  }

  it('says what was wrong and exits 2 on bad usage', async () => {
    const run = await cli(['generate', '--all', '--words', 'many', '--library', path.join(work, 'unused')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('listing-studio: --words must be a whole number from 10 to 300, not "many".');
  });

  it('imports, generates through the queue and exports, with --json for scripts', async () => {
    const library = cloudLibrary('lib-steps');
    const imported = await cli(['import', path.join(work, 'photos'), '--library', library, '--json'], env());
    expect(imported.code, imported.stderr).toBe(0);
    const importResult = JSON.parse(imported.stdout) as { productIds: number[]; photosImported: number };
    expect(importResult).toMatchObject({ photosImported: 4 });
    expect(importResult.productIds).toHaveLength(3);

    const generated = await cli(['generate', '--all', '--words', '50', '--library', library, '--json'], env());
    expect(generated.code, generated.stderr).toBe(0);
    expect(JSON.parse(generated.stdout)).toMatchObject({ state: 'done', total: 3, done: 3, failed: 0, remaining: 0 });

    const db = openDatabase(path.join(library, 'library.sqlite'));
    try {
      const titles = db.prepare<[], string>('SELECT title FROM drafts ORDER BY product_id').pluck().all();
      expect(titles).toEqual(Array(3).fill('Red Ceramic Mug with Handle'));
      expect(db.prepare("SELECT COUNT(*) FROM revisions WHERE source = 'generate'").pluck().get()).toBe(3);
      db.prepare("UPDATE drafts SET status = 'approved', price = '12.50'").run();
    } finally {
      db.close();
    }

    const out = path.join(work, 'generic.csv');
    const exported = await cli(['export', '--format', 'generic', '--out', out, '--no-images', '--library', library], env());
    expect(exported.code, exported.stdout + exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote \d+ rows? for 3 products to /m);
    expect(fs.readFileSync(out, 'utf8')).toContain('Red Ceramic Mug with Handle');

    const status = await cli(['status', '--library', library, '--json'], env());
    expect(JSON.parse(status.stdout)).toMatchObject({ products: 3, byStatus: { exported: 3 }, unfinishedJob: null });
  });

  it('run: photos in, storefront file out, in one command', async () => {
    const library = cloudLibrary('lib-run');
    const out = path.join(work, 'run-generic.csv');
    const run = await cli(['run', path.join(work, 'photos'), '--format', 'generic', '--out', out, '--no-images', '--library', library, '--json'], env());
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { generate: { done: number }; export: { status: string; exportedProductIds: number[] } };
    expect(result.generate.done).toBe(3);
    expect(result.export).toMatchObject({ status: 'written' });
    expect(result.export.exportedProductIds).toHaveLength(3);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('exits 1 and names the products when generation fails for some', async () => {
    const library = cloudLibrary('lib-fail');
    await cli(['import', path.join(work, 'photos'), '--library', library], env());
    const run = await cli(['generate', '--all', '--library', library], { ...env(), LISTING_STUDIO_CLOUD_KEY: 'sk-wrong' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/3 failed/);
    // Named by the file-name stem it was grouped by (quoted, the number --product takes beside it), the reason without a second "Product 1".
    expect(run.stdout).toMatch(/^  "bowl" \(product 1\): The cloud model .*API key/m);
  });

  it('refuses to generate in an empty library before starting any engine', async () => {
    const empty = path.join(work, 'empty');
    fs.mkdirSync(empty);
    openDatabase(path.join(empty, 'library.sqlite')).close();
    const run = await cli(['generate', '--all', '--engine', 'local', '--library', empty], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('This library has no products yet. Import photos first');
  });
});
