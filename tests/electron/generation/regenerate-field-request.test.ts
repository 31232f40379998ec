import { describe, expect, it } from 'vitest';
import { budgetMaxTokens, type RequestProfile } from '../../../electron/generation/build-listing-request';
import type { ListingText } from '../../../electron/generation/regenerate-field-prompt';
import { buildRegenerateFieldRequest, fieldJsonSchema, fieldOutputSchema, requireRegenerableField } from '../../../electron/generation/regenerate-field-request';
import { DEFAULT_GENERATION_OPTIONS } from '../../../shared/domain/generation-options';
import { listingJsonSchema, listingLimitsFor } from '../../../shared/domain/listing-output';
import { expectAppError } from './fixtures/expect-app-error';

const local: RequestProfile = { kind: 'local', model: 'local', tokensPerChar: 1, stripLengthBounds: false };
const cloud: RequestProfile = { kind: 'cloud', model: 'gpt-4.1-mini', imageDetail: 'low', tokensPerChar: 0.5, stripLengthBounds: true };
const images = [{ dataUrl: 'data:image/jpeg;base64,AAAA' }, { dataUrl: 'data:image/jpeg;base64,BBBB' }];
const limits = listingLimitsFor('ebay', 50);
const current: ListingText = {
  title: 'Blue stoneware mug with speckled glaze',
  description: 'A sturdy blue mug thrown from stoneware, finished in a speckled glaze that catches the light.',
  tags: ['blue mug', 'stoneware', 'speckled glaze'],
  attributes: { category: 'Mugs', color: 'blue', material: 'stoneware', condition: 'new' },
};

function build(field: 'title' | 'description' | 'tags' | 'attributes', profile = local) {
  return buildRegenerateFieldRequest({ profile, field, current, options: DEFAULT_GENERATION_OPTIONS, limits, images, seed: 11 });
}

function userText(params: ReturnType<typeof build>): string {
  const content = params.messages[1]!.content as { type: string; text?: string }[];
  return content[0]!.text!;
}

function sentSchema(params: ReturnType<typeof build>): { properties: Record<string, unknown>; required: string[] } {
  return (params.response_format as unknown as { json_schema: { schema: { properties: Record<string, unknown>; required: string[] } } }).json_schema.schema;
}

describe('buildRegenerateFieldRequest', () => {
  it.each(['title', 'description', 'tags', 'attributes'] as const)('asks for %s alone, with the same bounds as a whole listing', (field) => {
    const params = build(field);
    const schema = sentSchema(params);
    expect(Object.keys(schema.properties)).toEqual([field]);
    expect(schema.required).toEqual([field]);
    expect(schema.properties[field]).toEqual((listingJsonSchema(limits).properties as Record<string, unknown>)[field]);
    expect(params.max_tokens).toBe(budgetMaxTokens(fieldJsonSchema(field, limits), 1));
    expect(params.seed).toBe(11);
  });

  it('gives the model the other fields as they are saved, the one it replaces, and the photos', () => {
    const params = build('title');
    const text = userText(params);
    expect(text).toContain('Rewrite the title. At most 80 characters');
    expect(text).toContain(`Description: ${JSON.stringify(current.description)}`);
    expect(text).toContain(`Tags: ${JSON.stringify(current.tags)}`);
    expect(text).toContain(`Attributes: ${JSON.stringify(current.attributes)}`);
    expect(text).toContain(`The current title, which you replace: ${JSON.stringify(current.title)}`);
    expect(text).not.toMatch(/^Title:/m);
    expect(text).toContain('2 photos of the same product follow.');
    expect((params.messages[1]!.content as unknown[]).slice(1)).toEqual([
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA' } },
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,BBBB' } },
    ]);
  });

  it('states the rule of the field asked for: the word range for a description, the tag limits for tags', () => {
    expect(userText(build('description'))).toContain('Rewrite the description. 50 words (between 45 and 55 words).');
    expect(userText(build('description'))).toContain(`Title: ${JSON.stringify(current.title)}`);
    expect(userText(build('tags'))).toContain(`Rewrite the tags. At most ${limits.tagsMax} tags, each at most ${limits.tagMax} characters`);
  });

  it('says so when the other fields are still empty instead of quoting nothing', () => {
    const params = buildRegenerateFieldRequest({
      profile: local,
      field: 'title',
      current: { title: '', description: '', tags: [], attributes: {} },
      options: DEFAULT_GENERATION_OPTIONS,
      limits,
      images: images.slice(0, 1),
      seed: 1,
    });
    const text = userText(params);
    expect(text).toContain('Description: (empty)');
    expect(text).toContain('Tags: (none)');
    expect(text).toContain('The current title, which you replace: (empty)');
    expect(text).toContain('One photo of the product follows.');
  });

  it('for a cloud model: low-detail images and no length keywords in the schema', () => {
    const params = build('tags', cloud);
    expect(((params.messages[1]!.content as any[])[1]).image_url.detail).toBe('low');
    expect(JSON.stringify(params.response_format)).not.toMatch(/maxLength|maxItems/);
    expect(params.max_tokens).toBe(budgetMaxTokens(fieldJsonSchema('tags', limits), 0.5));
  });
});

describe('fieldOutputSchema', () => {
  it('accepts the one field and rejects a reply that leaves it out', () => {
    expect(fieldOutputSchema('tags', limits).safeParse({ tags: ['a', 'b'] }).success).toBe(true);
    expect(fieldOutputSchema('tags', limits).safeParse({ title: 'x' }).success).toBe(false);
    expect(fieldOutputSchema('attributes', limits).safeParse({ attributes: { category: 'c', color: 'c', material: 'm', brand: null, condition: 'broken' } }).success).toBe(false);
  });
});

describe('requireRegenerableField', () => {
  it('refuses price and SKU with a sentence that names the product and says what to do', async () => {
    const price = await expectAppError(Promise.resolve().then(() => requireRegenerableField('"Oak bowl"', 'price')));
    expect(price.code).toBe('invalid_input');
    expect(price.message).toBe('"Oak bowl": the price is never written by the model. Type it in the editor; regenerate the title, description, tags or attributes instead.');
    const sku = await expectAppError(Promise.resolve().then(() => requireRegenerableField('product 4', 'sku')));
    expect(sku.message).toMatch(/^Product 4: the SKU is never written by the model/);
    expect(requireRegenerableField('"Oak bowl"', 'attributes')).toBe('attributes');
  });
});
