import { describe, expect, it } from 'vitest';
import { checkClaims, ownerTextOf, type ClaimEvidence } from '../../../electron/generation/check-claims';

const nothing: ClaimEvidence = { readText: '', readWords: [], ownerText: '', confirmed: [], brands: [] };
const listing = {
  title: 'Nike Red Mug',
  description: 'Made in Portugal, dishwasher safe, holds 12 oz.',
  tags: ['mug', '100% ceramic'],
  attributes: { color: 'red', brand: 'Nike' },
};

describe('checkClaims', () => {
  it('flags every field that states what nothing backs, naming the words', () => {
    const flags = checkClaims(listing, nothing);
    expect(flags.map((f) => [f.code, f.field, f.words])).toEqual([
      ['unverified_claim', 'title', ['Nike']],
      ['unverified_claim', 'description', ['Made in Portugal', 'dishwasher safe', '12 oz']],
      ['unverified_claim', 'tags', ['100% ceramic']],
      ['unverified_claim', 'attributes', ['Nike']],
    ]);
    expect(flags[1]!.reason).toMatch(/^The description states "Made in Portugal" \(an origin .*\. Confirm them if true, or take them out\.$/);
  });

  it("accepts a brand the app's OCR read as a whole word, in any case", () => {
    const read = { ...nothing, readWords: ['NIKE', 'AIR'], readText: 'NIKE AIR' };
    expect(checkClaims({ ...listing, description: '', tags: [] }, read)).toEqual([]);
    const partial = { ...nothing, readWords: ['NIKEL'], readText: 'NIKEL' };
    expect(checkClaims({ ...listing, description: '', tags: [] }, partial).map((f) => f.field)).toEqual(['title', 'attributes']);
  });

  it('accepts a brand the model dropped only when backed, and still flags copy that names it', () => {
    const copy = { title: 'Nike mug', description: '', tags: [], attributes: {} };
    expect(checkClaims(copy, { ...nothing, brands: ['Nike'] }).map((f) => f.words)).toEqual([['Nike']]);
    expect(checkClaims(copy, { ...nothing, brands: ['Nike'], confirmed: ['brand:nike'] })).toEqual([]);
    expect(checkClaims(copy, { ...nothing, brands: ['Nike'], ownerText: 'Nike' })).toEqual([]);
  });

  it("accepts facts read off the product, typed in the owner's fields, or confirmed", () => {
    const text = { title: 'Mug', description: 'Holds 12 oz, made in Portugal, dishwasher safe.', tags: [], attributes: {} };
    expect(checkClaims(text, { ...nothing, readText: 'NET 12 OZ · MADE IN PORTUGAL · DISHWASHER SAFE' })).toEqual([]);
    expect(checkClaims(text, { ...nothing, ownerText: 'Volume: 12oz\nOrigin: Portugal', confirmed: ['claim:dishwasher safe'] })).toEqual([]);
    expect(checkClaims(text, { ...nothing, readText: '16 OZ' })[0]!.words).toEqual(['12 oz', 'made in Portugal', 'dishwasher safe']);
  });

  it('says nothing of copy without claims', () => {
    expect(checkClaims({ title: 'Red ceramic mug', description: 'A sturdy mug with a wide handle.', tags: ['mug'], attributes: { color: 'red' } }, nothing)).toEqual([]);
  });
});

describe('ownerTextOf', () => {
  it("is the SKU and the owner's own attributes, never the model's", () => {
    expect(ownerTextOf({ sku: 'MUG-12OZ', attributes: { brand: 'Nike', color: 'red', size: '12 oz', condition: 'new' } })).toBe('MUG-12OZ\n12 oz');
  });
});
