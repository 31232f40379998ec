import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { findTestLlamaServer } from '../../helpers/llama-server';
import { tinyModelPair } from '../../helpers/tiny-model';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(ROOT, 'bin', 'listing-studio.js');

/** Every llama-server process serving `model`, found by its command line. */
function serversFor(model: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes('llama-server') && line.includes(model));
}

const binary = findTestLlamaServer();

describe.skipIf(!binary || process.platform === 'win32')('listing-studio generate with the local tiny model (real llama-server)', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-cli-local-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('generates every product and leaves no llama-server running when it exits', async () => {
    const photos = path.join(work, 'photos');
    fs.mkdirSync(photos);
    for (const [name, colour] of [['MUG.jpg', '#884422'], ['VASE.jpg', '#224488'], ['BOWL.jpg', '#228844']] as const) {
      await sharp({ create: { width: 96, height: 64, channels: 3, background: colour } }).jpeg().toFile(path.join(photos, name));
    }
    // A private copy of the model, so the process check below sees only this test's server.
    const pair = tinyModelPair();
    const model = path.join(work, 'cli-tiny.gguf');
    const mmproj = path.join(work, 'cli-tiny-mmproj.gguf');
    fs.copyFileSync(pair.model, model);
    fs.copyFileSync(pair.mmproj, mmproj);
    const library = path.join(work, 'library');
    const env = { ...process.env, LISTING_STUDIO_LLAMA_SERVER: binary!, LISTING_STUDIO_SKIP_ENGINE_BUILD: '1' };

    const seen: string[][] = [];
    const child = spawn(process.execPath, [BIN, 'run', photos, '--model', model, '--mmproj', mmproj, '--format', 'generic', '--out', path.join(work, 'out.csv'), '--no-images', '--library', library, '--json'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const poll = setInterval(() => seen.push(serversFor(model)), 200);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(poll);

    expect(seen.some((s) => s.length > 0), 'a llama-server ran during the command').toBe(true);
    expect(serversFor(model), 'no llama-server left after exit').toEqual([]);
    const result = JSON.parse(stdout) as { generate: { total: number; done: number; failed: number; state: string } };
    expect(result.generate, stderr).toMatchObject({ state: 'done', total: 3 });
    const db = openDatabase(path.join(library, 'library.sqlite'));
    try {
      expect(db.prepare("SELECT COUNT(*) FROM revisions WHERE source = 'generate'").pluck().get()).toBe(result.generate.done);
    } finally {
      db.close();
    }
    expect(code === 0 || result.generate.failed > 0).toBe(true);
  }, 240_000);
});
