import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open-database';
import { writeGenerationSettings } from '../../../electron/generation/settings-store';
import { generationSettingsSchema } from '../../../shared/domain/generation-options';
import { completionReply, fakeListing, startFaultServer, words, type FaultServer } from '../../helpers/fault-server';
import { cli, writePhotos } from './cli-child';

interface CheckResult {
  productId: number;
  flags: { code: string; field: string | null; reason: string }[];
}

/**
 * drafts show / set / confirm, approve and check through the real CLI (child processes) on a
 * library whose drafts a FAKE cloud endpoint wrote with the example reply: blue observed
 * for a red mug, "Nike" in the title with no visible text, an origin, a care promise and a size.
 */
describe('listing-studio drafts, approve and check (child process)', () => {
  let fault: FaultServer;
  let work: string;
  let library: string;
  let mug: number;
  const env = { LISTING_STUDIO_CLOUD_KEY: 'sk-test-drafts', LISTING_STUDIO_SKIP_ENGINE_BUILD: '1' };
  const run = (...args: string[]) => cli([...args, '--library', library], env);

  beforeAll(async () => {
    const reply = fakeListing({
      observed: { object: 'mug', colours: ['blue'], materials: ['ceramic'], visibleText: [] },
      title: 'Nike Red Mug',
      description: `Made in Portugal, this mug is dishwasher safe and holds 12 oz. ${words(42)}`,
      tags: ['mug', 'coffee mug'],
      attributes: { category: 'Mugs', color: 'red', material: 'ceramic', brand: 'Nike', condition: 'new' },
    });
    fault = await startFaultServer({ apiKey: env.LISTING_STUDIO_CLOUD_KEY, fallback: completionReply(JSON.stringify(reply)) });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-cli-drafts-'));
    await writePhotos(path.join(work, 'photos'));
    library = path.join(work, 'library');
    fs.mkdirSync(library);
    const db = openDatabase(path.join(library, 'library.sqlite'));
    writeGenerationSettings(db, generationSettingsSchema.parse({ provider: 'cloud', cloud: { baseURL: fault.baseURL, model: 'gpt-4.1-mini' } }));
    db.close();
    const imported = await run('import', path.join(work, 'photos'), '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const lib = openDatabase(path.join(library, 'library.sqlite'));
    mug = lib.prepare<[], number>("SELECT product_id FROM photos WHERE original_name = 'MUG-1_1.jpg'").pluck().get()!;
    lib.close();
    const generated = await run('generate', '--product', String(mug), '--words', '50', '--json');
    expect(generated.code, generated.stderr).toBe(0);
  });
  afterAll(async () => {
    await fault?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('drafts show --json gives the draft, what the model saw and where each attribute comes from', async () => {
    const shown = await run('drafts', 'show', String(mug), '--json');
    expect(shown.code, shown.stderr).toBe(0);
    const draft = JSON.parse(shown.stdout);
    expect(draft).toMatchObject({ productId: mug, title: 'Nike Red Mug', status: 'flagged', observed: { object: 'mug', colours: ['blue'], claimedBrand: 'Nike' } });
    expect(draft.attributes).not.toHaveProperty('condition');
    expect(draft.evidence.sources).toMatchObject({ color: 'measured', condition: 'not_visible', brand: 'not_visible' });
    const codes = (draft.flags as { code: string; field?: string }[]).map((f) => `${f.code}:${f.field ?? ''}`);
    expect(codes).toEqual(expect.arrayContaining(['observed_mismatch:', 'observed_mismatch:title', 'unverified_claim:title', 'unverified_claim:description']));
    const human = await run('drafts', 'show', String(mug));
    expect(human.stdout).toContain('What the model saw: mug; colours blue; materials ceramic; text none');
    expect(human.stdout).toMatch(/color: red \(measured from the photo\)/);
  });

  it('drafts set saves an edit revision and recomputes flags; check --json re-runs every check', async () => {
    const set = await run('drafts', 'set', String(mug), '--title', 'Blue mug', '--description', 'A short mug.', '--tags', 'mug,qvUbvURO7a7a4qvE', '--price', '12.50', '--sku', 'MUG-1', '--attr', 'condition=used', '--json');
    expect(set.code, set.stderr).toBe(0);
    const saved = JSON.parse(set.stdout);
    expect(saved).toMatchObject({ title: 'Blue mug', price: '12.50', sku: 'MUG-1', attributes: { condition: 'used', color: 'red' } });

    const checked = await run('check', '--product', String(mug), '--json');
    expect(checked.code, checked.stderr).toBe(0);
    const [result] = JSON.parse(checked.stdout) as CheckResult[];
    expect(result!.productId).toBe(mug);
    const pairs = result!.flags.map((f) => [f.code, f.field]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['colour_mismatch', 'title'],
        ['unreadable', 'tags'],
        ['word_count', 'description'],
        ['observed_mismatch', null],
      ]),
    );
    expect(result!.flags.every((f) => f.reason.length > 0)).toBe(true);
    // The claims left the description with its text, so only the observation's own mismatch and the edits' flags remain.
    expect(pairs).not.toContainEqual(['unverified_claim', 'description']);

    const all = JSON.parse((await run('check', '--json')).stdout) as CheckResult[];
    expect(all.map((r) => r.productId)).toContain(mug);
  });

  it('drafts confirm clears a claim the owner vouches for, and approve approves while naming flags left', async () => {
    await run('drafts', 'set', String(mug), '--title', 'Nike red mug', '--description', `Holds 12 oz. ${words(45)}`, '--tags', 'mug');
    const before = JSON.parse((await run('check', '--product', String(mug), '--json')).stdout) as CheckResult[];
    expect(before[0]!.flags.filter((f) => f.code === 'unverified_claim').map((f) => f.field)).toEqual(['title', 'description']);
    const confirmed = await run('drafts', 'confirm', String(mug), 'Nike', '12 oz', '--json');
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(JSON.parse(confirmed.stdout).confirmed).toEqual(['brand:nike', 'claim:12oz']);
    const after = JSON.parse((await run('check', '--product', String(mug), '--json')).stdout) as CheckResult[];
    expect(after[0]!.flags.map((f) => f.code)).not.toContain('unverified_claim');

    const approved = await run('approve', String(mug), '99999');
    expect(approved.code).toBe(1);
    expect(approved.stdout).toContain('Approved 1 draft.');
    // Named by its title, with the number --product takes beside it.
    expect(approved.stdout).toContain(`"Nike red mug" (product ${mug}) still has`);
    expect(approved.stderr).toContain('Product 99999 is not in this library');
    expect(JSON.parse((await run('drafts', 'show', String(mug), '--json')).stdout).status).toBe('approved');
  });

  it('names the bad flag or id and exits 2', async () => {
    const badPrice = await run('drafts', 'set', String(mug), '--price', 'twelve');
    expect(badPrice.code).toBe(2);
    expect(badPrice.stderr).toContain('--price takes a number like 12.50');
    const badAttr = await run('drafts', 'set', String(mug), '--attr', 'material');
    expect(badAttr.stderr).toContain('--attr takes key=value');
    const noId = await run('drafts', 'show');
    expect(noId.stderr).toContain('drafts show needs a product ID');
    const unknown = await run('check', '--product', '424242');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Product 424242 is not in the library');
  });
});
