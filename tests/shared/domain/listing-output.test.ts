import { describe, expect, it } from 'vitest';
import {
  listingJsonSchema,
  listingLimitsFor,
  listingOutputSchema,
  withoutLengthBounds,
  worstCaseJsonChars,
} from '../../../shared/domain/listing-output';

describe('listingLimitsFor', () => {
  it('carries each platform limit into the schema', () => {
    expect(listingLimitsFor('ebay', 50)).toMatchObject({ titleMax: 80, tagsMax: 10, tagMax: 30, descriptionMaxChars: 550 });
    expect(listingLimitsFor('etsy', 50)).toMatchObject({ titleMax: 140, tagsMax: 13, tagMax: 20 });
    expect(listingLimitsFor('google', 50).titleMax).toBe(150);
    expect(listingLimitsFor('shopify', 50).titleMax).toBe(150);
  });
});

describe('listingJsonSchema', () => {
  const schema = listingJsonSchema(listingLimitsFor('etsy', 50)) as any;

  it('puts the observed facts before the copy, and requires every key', () => {
    expect(Object.keys(schema.properties)).toEqual(['observed', 'title', 'description', 'tags', 'attributes', 'uncertain']);
    expect(schema.required).toEqual(Object.keys(schema.properties));
    expect(schema.properties.observed.required).toEqual(['object', 'colours', 'materials', 'visibleText']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('bounds every string and list', () => {
    expect(schema.properties.tags).toEqual({ type: 'array', items: { type: 'string', maxLength: 20 }, maxItems: 13 });
    expect(schema.properties.attributes.properties.brand).toEqual({ anyOf: [{ type: 'string', maxLength: 40 }, { type: 'null' }] });
  });

  it('lets the model say "not visible" (null) for the object and every attribute, and never asks for a condition', () => {
    expect(schema.properties.observed.properties.object.anyOf[1]).toEqual({ type: 'null' });
    for (const key of ['category', 'color', 'material', 'brand']) expect(schema.properties.attributes.properties[key].anyOf[1]).toEqual({ type: 'null' });
    expect(Object.keys(schema.properties.attributes.properties)).toEqual(['category', 'color', 'material', 'brand']);
  });

  it('worst case counts every character a bounded answer may have', () => {
    const small = { type: 'object', properties: { a: { type: 'string', maxLength: 10 }, b: { type: 'array', items: { type: 'string', maxLength: 3 }, maxItems: 2 } } };
    // {"a":"0123456789","b":["abc","abc"]} is 36 chars; whitespace allowance 2 per value (5 values).
    expect(worstCaseJsonChars(small)).toBe(48);
    expect(worstCaseJsonChars(schema)).toBeGreaterThan(1500);
    expect(worstCaseJsonChars(schema)).toBeLessThan(2500);
  });

  it('drops only the length bounds for a strict cloud endpoint', () => {
    const cloud = withoutLengthBounds(schema) as any;
    expect(JSON.stringify(cloud)).not.toMatch(/maxLength|maxItems/);
    expect(cloud.properties.tags).toEqual({ type: 'array', items: { type: 'string' } });
    expect(cloud.required).toEqual(schema.required);
    expect(cloud.properties.attributes.properties.material).toEqual({ anyOf: [{ type: 'string' }, { type: 'null' }] });
  });
});

describe('listingOutputSchema', () => {
  const valid = {
    observed: { object: 'mug', colours: ['red'], materials: [], visibleText: [] },
    title: 'Red mug',
    description: 'A red mug.',
    tags: ['mug'],
    attributes: { category: 'Mugs', color: 'red', material: 'ceramic', brand: null, condition: 'new' },
    uncertain: [],
  };
  const zod = listingOutputSchema(listingLimitsFor('ebay', 50));

  it('accepts a complete answer and rejects a missing field or an unknown condition', () => {
    expect(zod.safeParse(valid).success).toBe(true);
    const { title: _omit, ...noTitle } = valid;
    expect(zod.safeParse(noTitle).success).toBe(false);
    expect(zod.safeParse({ ...valid, attributes: { ...valid.attributes, condition: 'mint' } }).success).toBe(false);
    // No condition is guessed: null says the photos do not show it.
    expect(zod.safeParse({ ...valid, attributes: { ...valid.attributes, condition: null } }).success).toBe(true);
  });
});
