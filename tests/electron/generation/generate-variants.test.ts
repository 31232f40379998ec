import fs from 'node:fs';
import path from 'node:path';
import OpenAI from 'openai';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { checkDraft } from '../../../electron/generation/check-draft';
import { generateListing, type GenerateDeps } from '../../../electron/generation/generate-listing';
import { openGenerationLog } from '../../../electron/generation/generation-log';
import { createCloudProvider } from '../../../electron/generation/providers/cloud-provider';
import { createLocalProvider } from '../../../electron/generation/providers/local-provider';
import { recheckEditedFlags } from '../../../electron/generation/recheck-edited-flags';
import { regenerateField } from '../../../electron/generation/regenerate-field';
import { DEFAULT_GENERATION_OPTIONS } from '../../../shared/domain/generation-options';
import { startCapturingProxy, type CapturingProxy } from '../../helpers/capturing-proxy';
import { completionReply, fakeListing, startFaultServer, words, type FaultServer } from '../../helpers/fault-server';
import { createTestEngine, findTestLlamaServer, type TestEngine } from '../../helpers/llama-server';
import { makeProductLibrary, type ProductLibrary } from './fixtures/product-library';
import { insertVariants } from './fixtures/variant-rows';

/**
 * A T-shirt in red, blue and green, written once for the group. Photos are real JPEGs through the
 * app's import (palettes measured); the variants are migration 010's rows written with SQL.
 * Photo 1-2 red, 3 blue, 4 green, 5 a shared shot (a brown label) that no variant claims.
 */
const RED = '#c62828';
const BLUE = '#1565c0';
const GREEN = '#2e7d32';
const SHARED = '#6d4c41';
const GROUP_LINE = 'This listing covers 3 variants of one product: Color: Red, Blue, Green (one photo of each, in that order).';

async function makeTees(): Promise<ProductLibrary> {
  const lib = await makeProductLibrary([RED, RED, BLUE, GREEN, SHARED], 'tee');
  insertVariants(lib.db, lib.productId, ['Color'], [
    { values: ['Red'], photoPositions: [0, 1] },
    { values: ['Blue'], photoPositions: [2] },
    { values: ['Green'], photoPositions: [3] },
  ]);
  return lib;
}

/** The colour at the centre of a sent image (the product square), as #rrggbb. */
async function centreColour(dataUrl: string): Promise<string> {
  const image = sharp(Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  const { width, height } = await image.metadata();
  const { data } = await image.extract({ left: Math.floor(width! / 2) - 2, top: Math.floor(height! / 2) - 2, width: 4, height: 4 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return `#${[0, 1, 2].map((c) => data[c]!.toString(16).padStart(2, '0')).join('')}`;
}

/** Which of the test colours an image shows at its centre (JPEG shifts a few levels). */
async function shows(dataUrl: string): Promise<string> {
  const hex = await centreColour(dataUrl);
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const distance = (a: string) => rgb(a).reduce((sum, v, i) => sum + Math.abs(v - rgb(hex)[i]!), 0);
  return [RED, BLUE, GREEN, SHARED].sort((a, b) => distance(a) - distance(b))[0]!;
}

/** The image URLs of a request's user message (a text-only re-ask has a plain string there: none). */
const imagesOf = (body: any): string[] => {
  const content = body.messages[1].content;
  return Array.isArray(content) ? content.filter((p: any) => p.type === 'image_url').map((p: any) => p.image_url.url) : [];
};
const textOf = (body: any): string => body.messages[1].content.find((p: any) => p.type === 'text').text;

function readLog(lib: ProductLibrary): { outcome: string; detail?: string }[] {
  const file = path.join(lib.dir, 'logs', 'generation.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
}

describe('generating a product with colour variants (FAKE cloud endpoint: scripted replies)', () => {
  const API_KEY = 'test-variants-key';
  let server: FaultServer;
  let lib: ProductLibrary;
  beforeAll(async () => {
    server = await startFaultServer({ apiKey: API_KEY });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    server.requests.length = 0;
    lib = await makeTees();
  });
  afterEach(() => lib.close());

  const deps = (): GenerateDeps => ({
    db: lib.db,
    libraryDir: lib.dir,
    provider: createCloudProvider({ baseURL: server.baseURL, model: 'gpt-4.1-mini', apiKey: API_KEY }, { timeoutMs: 5_000 }),
    log: openGenerationLog(lib.dir),
  });
  const reply = (over: Record<string, unknown>) =>
    completionReply(JSON.stringify(fakeListing({ observed: { object: 'cotton tee', colours: ['red', 'blue', 'green'], materials: ['cotton'], visibleText: [] }, tags: ['tee', 'cotton tee'], ...over })));

  it('sends one photo of each variant in order, then the shared photo, with the variant facts; drops the single colour and flags copy that names one', async () => {
    server.enqueue(reply({ title: 'Cotton Tee', description: `A soft red tee. ${words(45)}`, attributes: { category: 'Shirts', color: 'red', material: 'cotton', brand: null, condition: null } }));
    const result = await generateListing(deps(), lib.productId);

    expect(server.requests).toHaveLength(1);
    const body = server.requests[0]!.body;
    expect(await Promise.all(imagesOf(body).map(shows))).toEqual([RED, BLUE, GREEN, SHARED]);
    expect(textOf(body)).toContain(`${GROUP_LINE}\nThe last photo shows what all variants share.`);
    expect(textOf(body)).toContain("Do not name any one variant's colour or size as the product's");

    const draft = readDraft(lib.db, lib.productId);
    expect(draft.attributes.color).toBeUndefined();
    expect(draft.attributes.material).toBe('cotton');
    expect(draft.flags.filter((f) => f.code === 'variant_colour')).toEqual([
      {
        code: 'variant_colour',
        field: 'description',
        words: ['red'],
        reason: 'The description says "red", but this product comes in Red, Blue and Green; describe what all variants share, or name every colour.',
      },
    ]);
    expect(draft.status).toBe('flagged');
    expect(result.imagesSent).toBe(4);
  });

  it('raises no variant flag when the copy names every colour', async () => {
    server.enqueue(reply({ title: 'Cotton Tee in Red, Blue or Green', description: `Comes in red, blue and green. ${words(44)}`, tags: ['red tee', 'blue tee', 'green tee'] }));
    const result = await generateListing(deps(), lib.productId);
    expect(result.flags.filter((f) => f.code === 'variant_colour')).toEqual([]);
    expect(result.draft.attributes.color).toBeUndefined();
  });

  it('says in the generation log which variants did not fit the photo budget', async () => {
    const many = await makeProductLibrary([RED, BLUE, GREEN, '#f9a825', '#212121'], 'many');
    try {
      insertVariants(many.db, many.productId, ['Color'], ['Red', 'Blue', 'Green', 'Yellow', 'Black'].map((value, i) => ({ values: [value], photoPositions: [i] })));
      server.enqueue(reply({ title: 'Cotton Tee', description: words(50) }));
      await generateListing({ ...deps(), db: many.db, libraryDir: many.dir, log: openGenerationLog(many.dir) }, many.productId, { maxImages: 3 });
      const body = server.requests[0]!.body;
      expect(await Promise.all(imagesOf(body).map(shows))).toEqual([RED, BLUE, GREEN]);
      expect(textOf(body)).toContain('This listing covers 5 variants of one product: Color: Red, Blue, Green, Yellow, Black.\nThe first 3 photos show Red, Blue, Green, one photo of each, in that order; the other variants have no photo here.');
      expect(readLog(many)[0]).toMatchObject({
        outcome: 'variants_not_shown',
        detail: 'Only 3 of the 5 variants with photos fit the limit of 3 photos per listing; left out: Yellow, Black.',
      });
      expect(readLog(many).at(-1)!.outcome).toBe('ok');
    } finally {
      many.close();
    }
  });
});

describe('regenerating one field of a product with colour variants (FAKE cloud endpoint: scripted replies)', () => {
  const API_KEY = 'test-variants-field-key';
  let server: FaultServer;
  let lib: ProductLibrary;
  beforeAll(async () => {
    server = await startFaultServer({ apiKey: API_KEY });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    server.requests.length = 0;
    lib = await makeTees();
    updateDraft(lib.db, lib.productId, { title: 'Cotton tee', description: 'A soft cotton tee.', tags: ['tee'], attributes: { material: 'cotton' } }, { source: 'edit' });
  });
  afterEach(() => lib.close());
  const deps = (): GenerateDeps => ({
    db: lib.db,
    libraryDir: lib.dir,
    provider: createCloudProvider({ baseURL: server.baseURL, model: 'gpt-4.1-mini', apiKey: API_KEY }, { timeoutMs: 5_000 }),
    log: openGenerationLog(lib.dir),
  });

  it('shows the model a photo of each variant, keeps no single colour in new attributes, and flags a new title naming one', async () => {
    server.enqueue(completionReply(JSON.stringify({ attributes: { category: 'Shirts', color: 'blue', material: 'cotton', brand: null, condition: null } })));
    await regenerateField(deps(), { productId: lib.productId, field: 'attributes' });
    const body = server.requests[0]!.body;
    expect(await Promise.all(imagesOf(body).map(shows))).toEqual([RED, BLUE, GREEN, SHARED]);
    expect(textOf(body)).toContain(GROUP_LINE);
    const afterAttributes = readDraft(lib.db, lib.productId);
    expect(afterAttributes.attributes).toEqual({ category: 'Shirts', material: 'cotton' });

    server.enqueue(completionReply(JSON.stringify({ title: 'Green cotton tee' })));
    const { draft } = await regenerateField(deps(), { productId: lib.productId, field: 'title' });
    expect(draft.flags.filter((f) => f.code === 'variant_colour').map((f) => [f.field, f.words])).toEqual([['title', ['green']]]);
  });
});

describe('the one-variant-colour check on the owner\'s edits and on drafts check', () => {
  let lib: ProductLibrary;
  beforeEach(async () => {
    lib = await makeTees();
  });
  afterEach(() => lib.close());
  const edit = (fields: Parameters<typeof updateDraft>[2]) =>
    updateDraft(lib.db, lib.productId, fields, { source: 'edit', recheck: recheckEditedFlags(lib.db, lib.productId, DEFAULT_GENERATION_OPTIONS) });

  it('flags an edit that names one variant\'s colour, and clears it when every colour is named', () => {
    const wrong = edit({ title: 'Red cotton tee' });
    expect(wrong.flags).toEqual([
      { code: 'variant_colour', field: 'title', words: ['red'], reason: 'The title says "red", but this product comes in Red, Blue and Green; describe what all variants share, or name every colour.' },
    ]);
    expect(wrong.status).toBe('flagged');
    const fixed = edit({ title: 'Cotton tee in red, blue or green' });
    expect(fixed.flags).toEqual([]);
    expect(checkDraft(lib.db, fixed, DEFAULT_GENERATION_OPTIONS)).toEqual([]);
  });

  it('catches the colour attribute typed as one variant\'s, and checkDraft sees the same', () => {
    const draft = edit({ title: 'Cotton tee', attributes: { color: 'Green' } });
    // An attribute edit redoes every field's checks (the empty description gets its word count flag too).
    expect(draft.flags.filter((f) => f.code === 'variant_colour').map((f) => [f.field, f.words])).toEqual([['attributes', ['green']]]);
    const variantFlags = draft.flags.filter((f) => f.code === 'variant_colour');
    expect(checkDraft(lib.db, draft, DEFAULT_GENERATION_OPTIONS).filter((f) => f.code === 'variant_colour')).toEqual(variantFlags);
  });

  it('leaves a product without variants alone: a red mug may be called red', async () => {
    const mug = await makeProductLibrary([RED], 'mug');
    try {
      const draft = updateDraft(mug.db, mug.productId, { title: 'Red mug' }, { source: 'edit', recheck: recheckEditedFlags(mug.db, mug.productId, DEFAULT_GENERATION_OPTIONS) });
      expect(draft.flags).toEqual([]);
    } finally {
      mug.close();
    }
  });
});

const binary = findTestLlamaServer();

describe.skipIf(!binary)('generating a 3-colour variant product with the tiny model (real llama-server)', () => {
  let engine: TestEngine;
  let lib: ProductLibrary;
  let proxy: CapturingProxy | undefined;

  beforeAll(async () => {
    engine = createTestEngine(binary!);
    await engine.supervisor.start();
  });
  afterAll(async () => {
    await proxy?.close();
    await engine.dispose();
  });
  beforeEach(async () => {
    lib = await makeTees();
  });
  afterEach(() => lib.close());

  it('sends one request with a photo of each variant and the variant text, and keeps no single variant colour', async () => {
    const local = createLocalProvider(engine.supervisor);
    // The same provider, its requests through a pass-through proxy that keeps each body the server gets.
    const provider = {
      ...local,
      call: <T>(fn: (client: OpenAI) => Promise<T>) =>
        engine.supervisor.request(async (client) => {
          proxy ??= await startCapturingProxy(client.baseURL.replace(/\/v1\/?$/, ''));
          return fn(new OpenAI({ baseURL: `${proxy.url}/v1`, apiKey: client.apiKey, maxRetries: 0 }));
        }),
    };
    const result = await generateListing({ db: lib.db, libraryDir: lib.dir, provider, log: openGenerationLog(lib.dir) }, lib.productId, { wordTarget: 20 });

    // The listing request is the first body with images; the re-ask and category requests carry none.
    const withImages = proxy!.bodies.filter((b) => imagesOf(b).length > 0);
    expect(withImages.length).toBeGreaterThanOrEqual(1);
    const first = withImages[0]!;
    expect(await Promise.all(imagesOf(first).map(shows))).toEqual([RED, BLUE, GREEN, SHARED]);
    expect(textOf(first)).toContain(GROUP_LINE);
    expect(result.imagesSent).toBe(4);

    const draft = readDraft(lib.db, lib.productId);
    expect(draft.revision).toBe(1);
    // Whatever colour the random model wrote, the group keeps none: each variant's is its option value.
    expect(draft.attributes.color).toBeUndefined();
  }, 180_000);
});
