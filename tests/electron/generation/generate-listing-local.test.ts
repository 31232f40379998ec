import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { generateListing, writeListing } from '../../../electron/generation/generate-listing';
import { openGenerationLog } from '../../../electron/generation/generation-log';
import { modelInputFile } from '../../../electron/generation/load-model-images';
import { createLocalProvider } from '../../../electron/generation/providers/local-provider';
import { getPhotos } from '../../../electron/products/get-photos';
import { listingLimitsFor } from '../../../shared/domain/listing-output';
import { countWords, wordBudget } from '../../../shared/text/count-words';
import { createTestEngine, findTestLlamaServer, type TestEngine } from '../../helpers/llama-server';
import { makeProductLibrary, type ProductLibrary } from './fixtures/product-library';
import { expectAppError as failure } from './fixtures/expect-app-error';

/**
 * The whole pipeline on the real llama-server with the tiny random-weight vision model. Its
 * copy is noise (one byte per token), so these tests check what the pipeline guarantees: a
 * schema-valid listing within the platform limits, saved once, with the word budget enforced by
 * a re-ask and a flag, and clear errors for an unreadable photo and a context that is too small.
 */
const binary = findTestLlamaServer();

function readLog(lib: ProductLibrary): { outcome: string; attempt: number }[] {
  const file = path.join(lib.dir, 'logs', 'generation.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
}

describe.skipIf(!binary)('generateListing on the tiny model (real llama-server)', () => {
  let engine: TestEngine;
  let lib: ProductLibrary;

  beforeAll(async () => {
    engine = createTestEngine(binary!);
    await engine.supervisor.start();
  });
  afterAll(() => engine.dispose());
  beforeEach(async () => {
    lib = await makeProductLibrary(['#1565c0', '#0d47a1']);
  });
  afterEach(() => lib.close());

  const deps = () => ({ db: lib.db, libraryDir: lib.dir, provider: createLocalProvider(engine.supervisor), log: openGenerationLog(lib.dir) });

  it('writes a schema-valid listing within the eBay limits, enforces the word budget and saves one revision', async () => {
    const result = await generateListing(deps(), lib.productId, { platform: 'ebay', wordTarget: 50 });
    const limits = listingLimitsFor('ebay', 50);
    const draft = readDraft(lib.db, lib.productId);

    expect(draft.revision).toBe(1);
    expect(draft.title).toBe(result.fields.title);
    expect(draft.title.length).toBeLessThanOrEqual(limits.titleMax);
    expect(draft.tags.length).toBeLessThanOrEqual(limits.tagsMax);
    expect(draft.tags.every((t) => t.length <= limits.tagMax)).toBe(true);
    expect([undefined, 'new', 'used', 'refurbished']).toContain(draft.attributes.condition);
    expect(result.imagesSent).toBe(2);
    expect(result.costUsd).toBe(0);
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    expect(result.usage.completionTokens).toBeGreaterThan(0);

    // The random model almost never lands in 45-55 words: then the re-ask must have happened and the flag be saved.
    const words = countWords(draft.description);
    const { min, max } = wordBudget(50);
    const log = readLog(lib);
    if (words < min || words > max) {
      expect(result.reasked).toBe(true);
      expect(log.length).toBeGreaterThanOrEqual(2);
      expect(draft.status).toBe('flagged');
      expect(draft.flags).toContainEqual({ code: 'word_count', reason: `Description has ${words} words; the target is ${min}-${max}.` });
    } else {
      expect(draft.flags.some((f) => f.code === 'word_count')).toBe(false);
    }
    // Each request ended well, or was retried: a truncated answer gets a larger budget, a broken one a new seed.
    expect(log.at(-1)!.outcome).toBe('ok');
    expect(log.map((l) => l.outcome)).not.toContain('reask_failed');
    console.info(`[tiny model] ${log.map((l) => l.outcome).join(',')}: ${result.attempts} requests, ${result.seconds.toFixed(2)} s, ${result.usage.promptTokens}+${result.usage.completionTokens} tokens, ${words} words`);
  });

  it.each(['English', 'Deutsch', 'Japanese', 'Chinese'])('flags the random model\'s noise as unreadable when writing in %s', async (language) => {
    const written = await writeListing(deps(), lib.productId, { language, wordTarget: 20 });
    const unreadable = written.flags.filter((f) => f.code === 'unreadable');
    expect(unreadable.map((f) => f.field)).toContain('description');
    expect(unreadable.find((f) => f.field === 'description')!.reason).toMatch(/^The description does not read as (English|German|Japanese|Chinese): .+\. Regenerate or rewrite it\.$/);
  });

  it('names the photo the model cannot decode', async () => {
    const photos = getPhotos(lib.db, lib.productId);
    // A JPEG signature followed by garbage: still "a JPEG" by its first bytes, unreadable to the server.
    fs.writeFileSync(modelInputFile(lib.dir, photos[1]!), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]));
    const err = await failure(generateListing(deps(), lib.productId));
    expect(err.code).toBe('corrupt_file');
    expect(err.message).toMatch(/Photo "mug_2.jpg" \(photo 2 of "mug"\) could not be read/);
    expect(readLog(lib).map((l) => l.outcome)).toEqual(['image_decode']);
    expect(readDraft(lib.db, lib.productId).revision).toBe(0);
  });
});

describe.skipIf(!binary)('generateListing when the context is too small (real llama-server)', () => {
  let engine: TestEngine;
  let lib: ProductLibrary;

  beforeAll(async () => {
    // 512 tokens per slot: less than the instructions alone, whatever the number of photos.
    engine = createTestEngine(binary!, { contextSize: 512, parallel: 1 });
    await engine.supervisor.start();
  });
  afterAll(() => engine.dispose());
  beforeEach(async () => {
    lib = await makeProductLibrary(['#c62828', '#b71c1c', '#d32f2f', '#e53935']);
  });
  afterEach(() => lib.close());

  it('retries with fewer photos, then fails with a clear error', async () => {
    const err = await failure(
      generateListing({ db: lib.db, libraryDir: lib.dir, provider: createLocalProvider(engine.supervisor), log: openGenerationLog(lib.dir) }, lib.productId),
    );
    expect(err.code).toBe('engine_failed');
    expect(err.message).toMatch(/too large for the local model's context, even with one photo/);
    // 4 photos, then 2, then 1.
    expect(readLog(lib).map((l) => l.outcome)).toEqual(['context', 'context', 'context']);
  });
});
