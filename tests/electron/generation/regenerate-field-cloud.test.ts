import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../electron/drafts/read-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import type { GenerateDeps } from '../../../electron/generation/generate-listing';
import { openGenerationLog } from '../../../electron/generation/generation-log';
import { createCloudProvider } from '../../../electron/generation/providers/cloud-provider';
import { regenerateField } from '../../../electron/generation/regenerate-field';
import { completionReply, errorReply, startFaultServer, words, type FaultServer } from '../../helpers/fault-server';
import { expectAppError } from './fixtures/expect-app-error';
import { makeProductLibrary, type ProductLibrary } from './fixtures/product-library';

/**
 * One field through the cloud path against a FAKE OpenAI-compatible endpoint (the real cloud is
 * unreachable here): real SDK, real HTTP, real photos, real SQLite; the fake only answers.
 */
const API_KEY = 'test-cloud-key-regenerate-field';
let server: FaultServer;
let lib: ProductLibrary;

beforeAll(async () => {
  server = await startFaultServer({ apiKey: API_KEY });
});
afterAll(() => server.close());
beforeEach(async () => {
  server.requests.length = 0;
  lib = await makeProductLibrary(['#c62828', '#b71c1c']);
  updateDraft(lib.db, lib.productId, { title: 'Red cotton tote', description: 'A red cotton tote bag.', tags: ['tote'], attributes: { color: 'red' }, price: '9.99' }, { source: 'edit' });
});
afterEach(() => lib.close());

function deps(apiKey = API_KEY): GenerateDeps {
  return { db: lib.db, libraryDir: lib.dir, provider: createCloudProvider({ baseURL: server.baseURL, model: 'gpt-4.1-mini', apiKey }, { timeoutMs: 5_000 }), log: openGenerationLog(lib.dir) };
}

describe('regenerateField with a cloud endpoint (fake server)', () => {
  it('waits out a 429, sends a title-only schema with the other fields in the prompt, and flags a colour the photos do not show', async () => {
    server.enqueue(errorReply(429, 'Rate limit reached for requests', { type: 'requests', headers: { 'retry-after': '0' } }), completionReply(JSON.stringify({ title: 'Blue cotton tote bag' })));
    const result = await regenerateField(deps(), { productId: lib.productId, field: 'title' });

    expect(server.requests).toHaveLength(2);
    const body = server.requests[1]!.body;
    expect(Object.keys(body.response_format.json_schema.schema.properties)).toEqual(['title']);
    expect(body.messages[1].content[0].text).toContain('Description: "A red cotton tote bag."');
    expect(result.attempts).toBe(2);
    const draft = readDraft(lib.db, lib.productId);
    expect(draft).toMatchObject({ revision: 2, title: 'Blue cotton tote bag', description: 'A red cotton tote bag.', tags: ['tote'], price: '9.99', status: 'flagged' });
    expect(draft.flags.map((f) => f.code)).toEqual(['colour_mismatch']);
  });

  it('re-asks once for a description outside its word budget, and flags it if it is still outside', async () => {
    server.enqueue(completionReply(JSON.stringify({ description: words(12) })), completionReply(JSON.stringify({ description: words(20) })));
    await regenerateField(deps(), { productId: lib.productId, field: 'description' }, { wordTarget: 50 });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body.messages[1].content).toContain('Your description has 12 words');
    const draft = readDraft(lib.db, lib.productId);
    expect(draft.description).toBe(words(20));
    expect(draft.title).toBe('Red cotton tote');
    expect(draft.flags).toEqual([{ code: 'word_count', reason: 'Description has 20 words; the target is 45-55.' }]);
  });

  it('names the product in its refusals: by title for a stale editor, by the photos\' file-name stem before anyone titled it', async () => {
    const stale = await expectAppError(regenerateField(deps(), { productId: lib.productId, field: 'title', baseRevision: 0 }));
    expect(stale.message).toMatch(/^The draft of "Red cotton tote" was saved elsewhere \(it is at revision 1, this editor started from 0\)/);
    const untitled = await makeProductLibrary(['#1565c0'], 'TOTE-7');
    try {
      const refused = await expectAppError(regenerateField({ ...deps(), db: untitled.db, libraryDir: untitled.dir }, { productId: untitled.productId, field: 'sku' }));
      expect(refused.message).toMatch(/^"TOTE-7": the SKU is never written by the model/);
    } finally {
      untitled.close();
    }
    expect(server.requests).toHaveLength(0);
  });

  it('a rejected key fails with the cloud error and saves nothing', async () => {
    const err = await expectAppError(regenerateField(deps('wrong-key'), { productId: lib.productId, field: 'tags' }));
    expect(err.code).toBe('cloud_auth');
    expect(err.message).not.toContain('wrong-key');
    expect(readDraft(lib.db, lib.productId).revision).toBe(1);
  });
});
