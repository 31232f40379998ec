import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { generateListing, type GenerateDeps } from '../../../electron/generation/generate-listing';
import { openGenerationLog } from '../../../electron/generation/generation-log';
import { createCloudProvider } from '../../../electron/generation/providers/cloud-provider';
import { completionReply, errorReply, fakeListing, startFaultServer, words, type FaultServer } from '../../helpers/fault-server';
import { filesContaining, makeProductLibrary, type ProductLibrary } from './fixtures/product-library';
import { expectAppError as failure } from './fixtures/expect-app-error';

/**
 * The cloud path against a FAKE OpenAI-compatible endpoint (the real cloud is unreachable here):
 * the real pipeline, real SDK, real HTTP, real photos and a real SQLite library.
 */
const API_KEY = 'test-cloud-key-7f3a9c2e5b1d';
const MODEL = 'gpt-4.1-mini';

let server: FaultServer;
let lib: ProductLibrary;

beforeAll(async () => {
  server = await startFaultServer({ apiKey: API_KEY });
});
afterAll(() => server.close());
beforeEach(async () => {
  server.requests.length = 0;
  server.setFallback(completionReply(JSON.stringify(fakeListing())));
  lib = await makeProductLibrary(['#c62828', '#b71c1c', '#d32f2f', '#c62829', '#e53935']);
});
afterEach(() => lib.close());

function deps(timeoutMs = 5_000): GenerateDeps {
  return {
    db: lib.db,
    libraryDir: lib.dir,
    provider: createCloudProvider({ baseURL: server.baseURL, model: MODEL, apiKey: API_KEY }, { timeoutMs }),
    log: openGenerationLog(lib.dir),
  };
}

const listingJson = (over: Record<string, unknown> = {}) => JSON.stringify(fakeListing(over));

describe('generateListing with a cloud endpoint (fake server)', () => {
  it('sends up to 4 small low-detail JPEGs, saves the draft and reports usage and cost', async () => {
    const result = await generateListing(deps(), lib.productId);

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(req.body.model).toBe(MODEL);
    const images = req.body.messages[1].content.filter((p: any) => p.type === 'image_url');
    expect(images).toHaveLength(4);
    for (const image of images) {
      expect(image.image_url.detail).toBe('low');
      expect(image.image_url.url).toMatch(/^data:image\/jpeg;base64,/);
      const meta = await sharp(Buffer.from(image.image_url.url.split(',')[1], 'base64')).metadata();
      expect(meta.format).toBe('jpeg');
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(192);
    }
    expect(JSON.stringify(req.body.response_format)).not.toContain('maxLength');

    expect(result.draft).toMatchObject({ title: 'Red Ceramic Mug with Handle', status: 'draft', revision: 1, flags: [] });
    // The reply's condition "new" is not written: only the owner (or the shop default) says it.
    expect(readDraft(lib.db, lib.productId).attributes).toEqual({ category: 'Kitchen > Mugs', color: 'red', material: 'ceramic' });
    expect(readDraft(lib.db, lib.productId).observed).toEqual({ object: 'ceramic mug', colours: ['red'], materials: ['ceramic'], visibleText: [], claimedBrand: null });
    expect(result.usage).toMatchObject({ promptTokens: 500, completionTokens: 120 });
    expect(result.usage.imageTokens).toBeLessThanOrEqual(300);
    expect(result.costUsd).toBeCloseTo((500 * 0.4 + 120 * 1.6) / 1e6, 12);
    expect(result).toMatchObject({ attempts: 1, imagesSent: 4, reasked: false });
  });

  it('waits out a 429 with Retry-After, then succeeds', async () => {
    server.enqueue(errorReply(429, 'Rate limit reached for requests', { type: 'requests', headers: { 'retry-after': '1' } }));
    const started = Date.now();
    const result = await generateListing(deps(), lib.productId);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
    expect(result.attempts).toBe(2);
    expect(result.draft.revision).toBe(1);
  });

  it('retries a 500 once, then fails clearly and saves nothing', async () => {
    server.setFallback(errorReply(500, 'The server had an error while processing your request.'));
    const err = await failure(generateListing(deps(), lib.productId));
    expect(err.code).toBe('cloud_failed');
    expect(err.message).toMatch(/^The cloud model gpt-4.1-mini failed with a server error twice/);
    expect(server.requests).toHaveLength(2);
    expect(readDraft(lib.db, lib.productId).revision).toBe(0);
  });

  it('turns a hang into a timeout, retries once, then fails clearly', async () => {
    server.setFallback({ hang: true });
    const err = await failure(generateListing(deps(300), lib.productId));
    expect(err.code).toBe('cloud_failed');
    expect(err.message).toMatch(/did not answer in time, twice/);
    expect(server.requests).toHaveLength(2);
  });

  it('retries malformed JSON (a broken body, then broken content) with new seeds', async () => {
    server.enqueue({ raw: '{"choices": [{"message": ' }, completionReply('{"observed": {"object": "mu'));
    const result = await generateListing(deps(), lib.productId);
    expect(server.requests).toHaveLength(3);
    const seeds = server.requests.map((r) => r.body.seed);
    expect(new Set(seeds).size).toBe(3);
    expect(result.draft.title).toBe('Red Ceramic Mug with Handle');
  });

  it('retries a 500 peg-format failure with another seed', async () => {
    server.enqueue(errorReply(500, 'The model produced output that does not match the expected peg-native format'));
    await generateListing(deps(), lib.productId);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body.seed).not.toBe(server.requests[0]!.body.seed);
  });

  it('on finish_reason length retries once with a larger max_tokens, then fails clearly', async () => {
    const halfWritten = completionReply(listingJson().slice(0, 120), { finishReason: 'length' });
    server.enqueue(halfWritten);
    await generateListing(deps(), lib.productId);
    const [first, second] = server.requests;
    expect(second!.body.max_tokens).toBeGreaterThan(first!.body.max_tokens * 1.9);

    server.requests.length = 0;
    server.enqueue(halfWritten, halfWritten);
    const err = await failure(generateListing(deps(), lib.productId));
    expect(err.message).toMatch(/stopped before finishing the listing/);
    expect(server.requests).toHaveLength(2);
  });

  it('sends fewer photos when the prompt is over the context', async () => {
    server.enqueue(errorReply(400, 'request (9000 tokens) exceeds the available context size (8192 tokens), try increasing it', { type: 'exceed_context_size_error' }));
    const result = await generateListing(deps(), lib.productId);
    const counts = server.requests.map((r) => r.body.messages[1].content.filter((p: any) => p.type === 'image_url').length);
    expect(counts).toEqual([4, 2]);
    expect(result.imagesSent).toBe(2);
  });

  it('names the photos when the endpoint cannot read an image', async () => {
    server.setFallback(errorReply(400, 'Failed to load image or audio file', { type: 'invalid_request_error' }));
    const err = await failure(generateListing(deps(), lib.productId));
    expect(err.code).toBe('corrupt_file');
    expect(err.message).toContain('"mug_1.jpg"');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a bad key without retrying, and says where to fix it', async () => {
    const provider = createCloudProvider({ baseURL: server.baseURL, model: MODEL, apiKey: 'wrong-key-123456789' });
    const err = await failure(generateListing({ ...deps(), provider }, lib.productId));
    expect(err.code).toBe('cloud_auth');
    expect(err.message).toMatch(/Enter a valid key in Settings/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('word budget', () => {
  it('re-asks once with the count and the range, and keeps a description that fits', async () => {
    server.enqueue(completionReply(listingJson({ description: words(61) })), completionReply(JSON.stringify({ description: words(50) })));
    const result = await generateListing(deps(), lib.productId);
    expect(server.requests).toHaveLength(2);
    const reask = server.requests[1]!.body;
    expect(reask.response_format.json_schema.name).toBe('listing_description');
    expect(reask.messages[1].content).toContain('Your description has 61 words; it must have between 45 and 55 words.');
    expect(JSON.stringify(reask.messages)).not.toContain('image_url');
    expect(result.draft.description).toBe(words(50));
    expect(result.flags).toEqual([]);
    expect(result).toMatchObject({ attempts: 2, reasked: true });
  });

  it('still outside after the re-ask: saves the closer one and flags it', async () => {
    server.enqueue(completionReply(listingJson({ description: words(61) })), completionReply(JSON.stringify({ description: words(70) })));
    const result = await generateListing(deps(), lib.productId);
    expect(server.requests).toHaveLength(2);
    const draft = readDraft(lib.db, lib.productId);
    expect(draft.description).toBe(words(61));
    expect(draft.status).toBe('flagged');
    expect(draft.flags).toEqual([{ code: 'word_count', reason: 'Description has 61 words; the target is 45-55.' }]);
    expect(result.flags).toEqual(draft.flags);
  });
});

describe('checks on the answer', () => {
  it('flags a colour the photos do not show, and drops a brand no photo shows', async () => {
    server.enqueue(
      completionReply(
        listingJson({
          title: 'Blue Ceramic Mug',
          attributes: { category: 'Mugs', color: 'blue', material: 'ceramic', brand: 'Nike', condition: 'new' },
          uncertain: ['the material may be stoneware'],
        }),
      ),
    );
    const result = await generateListing(deps(), lib.productId);
    expect(result.flags).toEqual([
      { code: 'colour_mismatch', field: 'title', words: ['blue'], reason: 'The title says blue, but the product in the photos looks red.' },
      { code: 'colour_mismatch', field: 'attributes', words: ['blue'], reason: 'The attributes say blue, but the product in the photos looks red.' },
      { code: 'observed_mismatch', field: 'title', words: ['blue'], reason: 'The title says blue, but the model saw red.' },
      { code: 'observed_mismatch', field: 'attributes', words: ['blue'], reason: 'The attributes say blue, but the model saw red.' },
      { code: 'uncertain', reason: 'The model was unsure about: the material may be stoneware.' },
    ]);
    expect(result.draft.attributes.brand).toBeUndefined();
    expect(result.draft.status).toBe('flagged');
  });

  it("flags the issue's example: blue observed for a red mug, an unread brand in the title, an origin, a care promise and a size", async () => {
    const description = `Made in Portugal from glazed stoneware, this mug is dishwasher safe and holds 12 oz. ${words(40)}`;
    server.enqueue(
      completionReply(
        listingJson({
          observed: { object: 'mug', colours: ['blue'], materials: ['ceramic'], visibleText: [] },
          title: 'Nike Red Mug',
          description,
          attributes: { category: 'Mugs', color: 'red', material: 'ceramic', brand: 'Nike', condition: 'new' },
        }),
      ),
    );
    const result = await generateListing(deps(), lib.productId);
    const saved = readDraft(lib.db, lib.productId);
    expect(saved.observed).toMatchObject({ object: 'mug', colours: ['blue'], visibleText: [], claimedBrand: 'Nike' });
    expect(saved.attributes.brand).toBeUndefined();
    const byCode = (code: string) => result.flags.filter((f) => f.code === code).map((f) => ({ field: f.field, words: f.words }));
    // The observation itself disagrees with the photo's pixels, and the copy disagrees with the observation.
    expect(byCode('observed_mismatch')).toEqual([
      { field: undefined, words: ['blue'] },
      { field: 'title', words: ['red'] },
      { field: 'tags', words: ['red'] },
      { field: 'attributes', words: ['red'] },
    ]);
    expect(byCode('unverified_claim')).toEqual([
      { field: 'title', words: ['Nike'] },
      { field: 'description', words: ['Made in Portugal', 'dishwasher safe', '12 oz'] },
    ]);
    expect(result.flags.find((f) => f.code === 'unverified_claim' && f.field === 'title')!.reason).toContain('the brand Nike');
    expect(saved.flags).toEqual(result.flags);
    expect(saved.status).toBe('flagged');
    const revision = lib.db.prepare<[number], string>('SELECT snapshot FROM revisions WHERE product_id = ? ORDER BY revision DESC LIMIT 1').pluck().get(lib.productId)!;
    expect(JSON.parse(revision).observed).toEqual(saved.observed);
  });
});

describe('the cloud key', () => {
  it('appears in no library file and no error, even when the endpoint echoes it back', async () => {
    await generateListing(deps(), lib.productId);
    server.setFallback((req) => errorReply(400, `Malformed header: Authorization: ${String(req.headers.authorization)}`, { type: 'invalid_request_error' }));
    const err = await failure(generateListing(deps(), lib.productId));
    expect(err.message).toContain('Malformed header');
    expect(err.message).not.toContain(API_KEY);
    expect(filesContaining(lib.dir, 'Malformed header').length).toBeGreaterThan(0);
    expect(filesContaining(lib.dir, API_KEY)).toEqual([]);
  });
});
