import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { generateListing } from '../../../electron/generation/generate-listing';
import { openGenerationLog } from '../../../electron/generation/generation-log';
import { createLocalProvider } from '../../../electron/generation/providers/local-provider';
import { regenerateField } from '../../../electron/generation/regenerate-field';
import { listingLimitsFor } from '../../../shared/domain/listing-output';
import { countWords, wordBudget } from '../../../shared/text/count-words';
import { createTestEngine, findTestLlamaServer, type TestEngine } from '../../helpers/llama-server';
import { expectAppError } from './fixtures/expect-app-error';
import { makeProductLibrary, type ProductLibrary } from './fixtures/product-library';
import type { DraftRow } from '../../../electron/drafts/draft-row';

/**
 * One field rewritten by the real llama-server with the tiny random-weight vision model. Its text
 * is noise, so these tests check what the one-field path guarantees: only that field changes, in
 * exactly one new 'generate' revision, within the platform limits, with only its own flags redone.
 */
const binary = findTestLlamaServer();
const options = { platform: 'ebay' as const, wordTarget: 50 };
const limits = listingLimitsFor('ebay', 50);

/** The stored columns a one-field regeneration must leave byte-identical (JSON still text). */
type StoredRow = Pick<DraftRow, 'title' | 'description' | 'tags' | 'attributes' | 'price' | 'sku' | 'revision'>;

describe.skipIf(!binary)('regenerateField on the tiny model (real llama-server)', () => {
  let engine: TestEngine;
  let lib: ProductLibrary;

  beforeAll(async () => {
    engine = createTestEngine(binary!);
    await engine.supervisor.start();
  });
  afterAll(() => engine.dispose());
  beforeEach(async () => {
    lib = await makeProductLibrary(['#1565c0', '#0d47a1']);
    // A whole listing first, then the shop owner's price and SKU: the state a person regenerates from.
    await generateListing(deps(), lib.productId, options);
    updateDraft(lib.db, lib.productId, { price: '18.50', sku: 'MUG-BLUE-1' }, { source: 'edit' });
  });
  afterEach(() => lib.close());

  const deps = () => ({ db: lib.db, libraryDir: lib.dir, provider: createLocalProvider(engine.supervisor), log: openGenerationLog(lib.dir) });
  const row = () => lib.db.prepare<[number], StoredRow>('SELECT title, description, tags, attributes, price, sku, revision FROM drafts WHERE product_id = ?').get(lib.productId)!;
  const revisions = () =>
    lib.db.prepare<[number], { revision: number; source: string; snapshot: string }>('SELECT revision, source, snapshot FROM revisions WHERE product_id = ? ORDER BY revision').all(lib.productId);
  const logLines = () => {
    const file = path.join(lib.dir, 'logs', 'generation.log');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').length : 0;
  };

  it('a new title: one new generate revision, every other stored field byte-identical', async () => {
    const before = row();
    const flagsBefore = readDraft(lib.db, lib.productId).flags;
    const countBefore = revisions().length;

    const result = await regenerateField(deps(), { productId: lib.productId, field: 'title' }, options);
    const after = row();

    expect(after.title).not.toBe(before.title);
    expect(after.title.length).toBeLessThanOrEqual(limits.titleMax);
    expect(result.draft.title).toBe(after.title);
    for (const column of ['description', 'tags', 'attributes', 'price', 'sku'] as const) expect(after[column]).toBe(before[column]);
    expect(after.price).toBe('18.50');
    expect(after.sku).toBe('MUG-BLUE-1');

    const stored = revisions();
    expect(stored).toHaveLength(countBefore + 1);
    expect(after.revision).toBe(before.revision + 1);
    expect(stored.at(-1)).toMatchObject({ revision: after.revision, source: 'generate' });
    expect(JSON.parse(stored.at(-1)!.snapshot).title).toBe(after.title);
    // Only the title's own checks are redone: every other flag stays exactly as it was, and the
    // random model's new title is noise again.
    const notTitle = (flags: { code: string; field?: string }[]) => flags.filter((f) => f.code !== 'colour_mismatch' && f.field !== 'title');
    const flagsAfter = readDraft(lib.db, lib.productId).flags;
    expect(notTitle(flagsAfter)).toEqual(notTitle(flagsBefore));
    expect(flagsAfter).toContainEqual(expect.objectContaining({ code: 'unreadable', field: 'title' }));
    expect(result.attempts).toBeGreaterThanOrEqual(1);
    expect(result.imagesSent).toBe(2);
    console.info(`[tiny model] title in ${result.attempts} request(s), ${result.seconds.toFixed(2)} s, ${result.usage.promptTokens}+${result.usage.completionTokens} tokens`);
  });

  it('a new description: its word-count flag is redone, the other fields and flags are untouched', async () => {
    const before = row();
    const uncertainBefore = readDraft(lib.db, lib.productId).flags.filter((f) => f.code === 'uncertain');

    await regenerateField(deps(), { productId: lib.productId, field: 'description' }, options);
    const after = row();
    const draft = readDraft(lib.db, lib.productId);

    for (const column of ['title', 'tags', 'attributes', 'price', 'sku'] as const) expect(after[column]).toBe(before[column]);
    expect(after.revision).toBe(before.revision + 1);
    expect(revisions().at(-1)!.source).toBe('generate');
    const words = countWords(draft.description);
    const { min, max } = wordBudget(50);
    const wordFlags = draft.flags.filter((f) => f.code === 'word_count');
    expect(wordFlags).toEqual(words >= min && words <= max ? [] : [{ code: 'word_count', reason: `Description has ${words} words; the target is ${min}-${max}.` }]);
    expect(draft.flags.filter((f) => f.code === 'uncertain')).toEqual(uncertainBefore);
  });

  it('refuses the price before asking the model, and saves nothing', async () => {
    const before = row();
    const logged = logLines();
    const err = await expectAppError(regenerateField(deps(), { productId: lib.productId, field: 'price' }, options));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('the price is never written by the model');
    expect(row()).toEqual(before);
    expect(logLines()).toBe(logged);
  });

  it('an edit saved while the model writes wins: the new field is not saved and the error says why', async () => {
    const pending = regenerateField(deps(), { productId: lib.productId, field: 'tags' }, options);
    const edited = updateDraft(lib.db, lib.productId, { tags: ['typed by hand'] }, { source: 'edit' });
    const err = await expectAppError(pending);
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/was saved while its tags was being rewritten .* Regenerate the tags again/);
    expect(row().revision).toBe(edited.revision);
    expect(JSON.parse(row().tags)).toEqual(['typed by hand']);
  });

  it('refuses a stale editor before asking the model', async () => {
    const { revision } = row();
    const err = await expectAppError(regenerateField(deps(), { productId: lib.productId, field: 'title', baseRevision: revision - 1 }, options));
    expect(err.code).toBe('conflict');
    expect(row().revision).toBe(revision);
  });
});
