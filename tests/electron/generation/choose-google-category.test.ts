import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexCategories } from '../../../electron/categories/find-category-candidates';
import { loadGoogleTaxonomy } from '../../../electron/categories/load-google-taxonomy';
import { readDraft } from '../../../electron/drafts/read-draft';
import { updateDraft } from '../../../electron/drafts/update-draft';
import { generateListing, type GenerateDeps } from '../../../electron/generation/generate-listing';
import { createCloudProvider } from '../../../electron/generation/providers/cloud-provider';
import { defaultResourcesDir } from '../../../electron/models/resources-dir';
import { completionReply, fakeListing, startFaultServer, type FaultServer } from '../../helpers/fault-server';
import { makeProductLibrary, type ProductLibrary } from './fixtures/product-library';

/**
 * The model picks the Google category from the app's short list, against a FAKE OpenAI-compatible
 * endpoint (the real cloud is unreachable here): real pipeline, SDK, HTTP and SQLite.
 */
const API_KEY = 'test-cloud-key-category-01';
const categories = indexCategories(loadGoogleTaxonomy(defaultResourcesDir()));

let server: FaultServer;
let lib: ProductLibrary;
beforeAll(async () => {
  server = await startFaultServer({ apiKey: API_KEY });
});
afterAll(() => server.close());
beforeEach(async () => {
  server.requests.length = 0;
  lib = await makeProductLibrary(['#c62828']);
});
afterEach(() => lib.close());

function deps(): GenerateDeps {
  return { db: lib.db, libraryDir: lib.dir, provider: createCloudProvider({ baseURL: server.baseURL, model: 'gpt-4.1-mini', apiKey: API_KEY }, { timeoutMs: 5000 }), categories };
}

describe('the Google category, chosen by the model among candidates', () => {
  it('offers only taxonomy ids found for what the model saw, and saves the one it picks', async () => {
    server.enqueue(completionReply(JSON.stringify(fakeListing())), completionReply('{"categoryId":"2169"}'));
    const result = await generateListing(deps(), lib.productId);
    expect(server.requests).toHaveLength(2);
    const format = server.requests[1]!.body.response_format.json_schema.schema;
    const offered = format.properties.categoryId.enum as string[];
    expect(offered).toContain('2169');
    expect(offered.length).toBeLessThanOrEqual(8);
    expect(server.requests[1]!.body.messages[1].content).toContain('2169: Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs');
    expect(result.draft.attributes.googleProductCategory).toBe('2169');
  });

  it('never takes an answer outside the list: the category stays unset and the listing still saves', async () => {
    server.enqueue(completionReply(JSON.stringify(fakeListing())), completionReply('{"categoryId":"Kitchen stuff"}'));
    const result = await generateListing(deps(), lib.productId);
    expect(result.draft.title).toBe('Red Ceramic Mug with Handle');
    expect(result.draft.attributes.googleProductCategory).toBeUndefined();
  });

  it('keeps a category the owner already chose and asks nothing', async () => {
    const before = readDraft(lib.db, lib.productId);
    updateDraft(lib.db, lib.productId, { attributes: { ...before.attributes, googleProductCategory: '2169' } }, { source: 'edit' });
    server.enqueue(completionReply(JSON.stringify(fakeListing())));
    const result = await generateListing(deps(), lib.productId);
    expect(server.requests).toHaveLength(1);
    expect(result.draft.attributes.googleProductCategory).toBe('2169');
  });
});

describe('a full generation keeps what the owner set', () => {
  it('keeps storefront attributes and the condition when the model sees none, and never guesses one', async () => {
    const before = readDraft(lib.db, lib.productId);
    updateDraft(lib.db, lib.productId, { attributes: { ...before.attributes, ebayCategoryId: '15687', quantity: '4', condition: 'used' } }, { source: 'edit' });
    const unseen = fakeListing({ attributes: { category: 'Kitchen > Mugs', color: 'red', material: 'ceramic', brand: null, condition: null } });
    server.enqueue(completionReply(JSON.stringify(unseen)), completionReply('{"categoryId":"2169"}'));
    const result = await generateListing(deps(), lib.productId);
    expect(result.draft.attributes).toMatchObject({ ebayCategoryId: '15687', quantity: '4', condition: 'used', googleProductCategory: '2169', color: 'red' });

    const fresh = await makeProductLibrary(['#c62828']);
    try {
      server.enqueue(completionReply(JSON.stringify(unseen)), completionReply('{"categoryId":"2169"}'));
      const first = await generateListing({ ...deps(), db: fresh.db, libraryDir: fresh.dir }, fresh.productId);
      expect(first.draft.attributes.condition).toBeUndefined();
    } finally {
      fresh.close();
    }
  });
});
