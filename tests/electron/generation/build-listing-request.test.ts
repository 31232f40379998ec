import { describe, expect, it } from 'vitest';
import {
  budgetMaxTokens,
  buildListingRequest,
  buildReaskRequest,
  type RequestProfile,
} from '../../../electron/generation/build-listing-request';
import { DEFAULT_GENERATION_OPTIONS } from '../../../shared/domain/generation-options';
import { listingJsonSchema, listingLimitsFor, worstCaseJsonChars } from '../../../shared/domain/listing-output';

const local: RequestProfile = { kind: 'local', model: 'local', tokensPerChar: 1, stripLengthBounds: false };
const cloud: RequestProfile = { kind: 'cloud', model: 'gpt-4.1-mini', imageDetail: 'low', tokensPerChar: 0.5, stripLengthBounds: true };
const images = [{ dataUrl: 'data:image/jpeg;base64,AAAA' }, { dataUrl: 'data:image/jpeg;base64,BBBB' }];

function userText(params: ReturnType<typeof buildListingRequest>): string {
  const content = params.messages[1]!.content as { type: string; text?: string }[];
  return content[0]!.text!;
}

describe('buildListingRequest', () => {
  it('sends the facts-first schema, the photos as JPEG data URLs and a budget from the schema', () => {
    const limits = listingLimitsFor('ebay', 50);
    const params = buildListingRequest({ profile: local, options: DEFAULT_GENERATION_OPTIONS, limits, images, seed: 7 });
    const content = params.messages[1]!.content as any[];
    expect(content.slice(1)).toEqual([
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA' } },
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,BBBB' } },
    ]);
    expect(params.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'listing', schema: listingJsonSchema(limits), strict: true } });
    expect(params.max_tokens).toBe(worstCaseJsonChars(listingJsonSchema(limits)) + 16);
    expect(params.seed).toBe(7);
    expect(params.messages[0]!.content).toMatch(/using only the observed facts/);
  });

  it('tells the model the platform limits, the word range, tone and language', () => {
    const options = { ...DEFAULT_GENERATION_OPTIONS, platform: 'etsy' as const, wordTarget: 80, tone: 'luxury' as const, language: 'German' };
    const text = userText(buildListingRequest({ profile: local, options, limits: listingLimitsFor('etsy', 80), images, seed: 1 }));
    expect(text).toContain('Platform: Etsy.');
    expect(text).toContain('at most 13, each at most 20 characters');
    expect(text).toContain('80 words (between 72 and 88 words)');
    expect(text).toContain('Refined and understated');
    expect(text).toContain('in German');
    expect(text).toContain('2 photos');
    const ebay = userText(buildListingRequest({ profile: local, options: { ...options, platform: 'ebay' }, limits: listingLimitsFor('ebay', 80), images, seed: 1 }));
    expect(ebay).toContain('Title: at most 80 characters');
  });

  it('for a cloud model: low-detail images, no maxLength in the schema, half the token budget', () => {
    const limits = listingLimitsFor('generic', 50);
    const params = buildListingRequest({ profile: cloud, options: DEFAULT_GENERATION_OPTIONS, limits, images, seed: 1 });
    const content = params.messages[1]!.content as any[];
    expect(content[1].image_url.detail).toBe('low');
    expect(JSON.stringify(params.response_format)).not.toContain('maxLength');
    expect(params.max_tokens).toBe(budgetMaxTokens(listingJsonSchema(limits), 0.5));
    expect(params.model).toBe('gpt-4.1-mini');
  });

  it('doubles the budget when asked, and uses max_completion_tokens for reasoning models', () => {
    const limits = listingLimitsFor('generic', 50);
    const once = buildListingRequest({ profile: local, options: DEFAULT_GENERATION_OPTIONS, limits, images, seed: 1 }).max_tokens!;
    const twice = buildListingRequest({ profile: local, options: DEFAULT_GENERATION_OPTIONS, limits, images, seed: 1, budgetScale: 2 }).max_tokens!;
    expect(twice - 16).toBe((once - 16) * 2);
    const o4 = buildListingRequest({ profile: { ...cloud, model: 'o4-mini' }, options: DEFAULT_GENERATION_OPTIONS, limits, images, seed: 1 });
    expect(o4.max_tokens).toBeUndefined();
    expect(o4.temperature).toBeUndefined();
    expect(o4.max_completion_tokens).toBeGreaterThan(4000);
  });
});

describe('buildReaskRequest', () => {
  it('tells the model its count and the range, with the facts and no images', () => {
    const limits = listingLimitsFor('generic', 50);
    const params = buildReaskRequest({ profile: local, limits, language: 'English', facts: { object: 'mug' }, description: 'Too long.', words: 61, seed: 3 });
    const text = params.messages[1]!.content as string;
    expect(text).toContain('Your description has 61 words; it must have between 45 and 55 words.');
    expect(text).toContain('{"object":"mug"}');
    expect((params.response_format as any).json_schema.schema.required).toEqual(['description']);
    expect(params.max_tokens).toBeLessThan(600);
    const larger = buildReaskRequest({ profile: local, limits, language: 'English', facts: {}, description: '', words: 61, seed: 3, budgetScale: 2 });
    expect(larger.max_tokens! - 16).toBe((params.max_tokens! - 16) * 2);
  });
});
