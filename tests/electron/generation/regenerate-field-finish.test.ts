import { describe, expect, it } from 'vitest';
import { fitRegeneratedField, refreshFieldFlags } from '../../../electron/generation/regenerate-field-finish';
import type { ListingText } from '../../../electron/generation/regenerate-field-prompt';
import type { DraftFlag } from '../../../shared/domain/draft';
import { listingLimitsFor } from '../../../shared/domain/listing-output';

const limits = listingLimitsFor('etsy', 50);
const current: ListingText = {
  title: 'Acme blue stoneware mug',
  description: 'A blue mug.',
  tags: ['mug'],
  attributes: { category: 'Mugs', color: 'blue', material: 'stoneware', brand: 'Acme', condition: 'new', 'Care': 'Dishwasher safe' },
};
const bluePalette = [{ palette: [{ hex: '#1565c0', share: 0.5 }], scene: 'backdrop' as const }];
/** A draft no model observed, with nothing read off its photos and nothing confirmed. */
const noEvidence = { observed: null, read: { text: '', words: [], gtins: [] }, confirmed: [], language: 'English', sku: null };

describe('fitRegeneratedField', () => {
  it('holds a new title to the platform limit and returns only that field', () => {
    const long = Array.from({ length: 40 }, () => 'mug').join(' ');
    const out = fitRegeneratedField(current, 'title', { title: long }, limits);
    expect(Object.keys(out)).toEqual(['title']);
    expect(out.title!.length).toBeLessThanOrEqual(limits.titleMax);
  });

  it('deduplicates tags and cuts them to the platform count', () => {
    const out = fitRegeneratedField(current, 'tags', { tags: ['Mug', 'mug', ...Array.from({ length: 20 }, (_, i) => `tag ${i}`)] }, limits);
    expect(out.tags![0]).toBe('Mug');
    expect(out.tags).toHaveLength(limits.tagsMax);
  });

  it("keeps attributes a person added and the owner's condition, and a brand only when the listing already names it", () => {
    const reply = { attributes: { category: 'Cups', color: 'navy', material: 'clay', brand: 'Acme', condition: 'used' as const } };
    expect(fitRegeneratedField(current, 'attributes', reply, limits)).toEqual({
      attributes: { Care: 'Dishwasher safe', category: 'Cups', color: 'navy', material: 'clay', brand: 'Acme', condition: 'new' },
    });
    const invented = fitRegeneratedField(current, 'attributes', { attributes: { ...reply.attributes, brand: 'Globex' } }, limits);
    expect(invented.attributes).not.toHaveProperty('brand');
  });
});

describe('refreshFieldFlags', () => {
  const flags: DraftFlag[] = [
    { code: 'word_count', reason: 'Description has 3 words; the target is 45-55.' },
    { code: 'uncertain', reason: 'The model was unsure about: material.' },
  ];

  it('a new title leaves the description word-count flag alone', () => {
    expect(refreshFieldFlags(flags, 'title', { ...current, title: 'Blue mug' }, limits, bluePalette, 'English', noEvidence)).toEqual(flags);
  });

  it('a new description recomputes its word count and the colour check, and keeps the rest', () => {
    const words = Array.from({ length: 50 }, () => 'mug').join(' ');
    expect(refreshFieldFlags(flags, 'description', { ...current, description: words }, limits, bluePalette, 'English', noEvidence)).toEqual([flags[1]]);
    const red = refreshFieldFlags(flags, 'description', { ...current, description: 'A red mug.' }, limits, bluePalette, 'English', noEvidence);
    expect(red.map((f) => f.code)).toEqual(['uncertain', 'word_count', 'colour_mismatch']);
    expect(red.at(-1)).toMatchObject({ field: 'description', words: ['red'] });
  });

  it('new tags are checked for colours and for readable text, and only their own flags change', () => {
    const titleFlag: DraftFlag = { code: 'colour_mismatch', field: 'title', words: ['red'], reason: 'The title says red, but the product in the photos looks blue.' };
    const next = refreshFieldFlags([...flags, titleFlag], 'tags', { ...current, tags: ['red mug', 'qvUbvURO7a7a4qvE'] }, limits, bluePalette, 'English', noEvidence);
    expect(next.slice(0, 3)).toEqual([...flags, titleFlag]);
    expect(next.slice(3).map((f) => [f.code, f.field])).toEqual([
      ['unreadable', 'tags'],
      ['colour_mismatch', 'tags'],
    ]);
    expect(refreshFieldFlags(next, 'tags', { ...current, tags: ['blue mug'] }, limits, bluePalette, 'English', noEvidence)).toEqual([...flags, titleFlag]);
  });

  it('a new description is held to the evidence: an unread size is flagged until the owner confirms it', () => {
    const description = 'A blue mug that holds 12 oz.';
    const flagged = refreshFieldFlags([], 'description', { ...current, description }, limits, bluePalette, 'English', noEvidence);
    expect(flagged.find((f) => f.code === 'unverified_claim')).toMatchObject({ field: 'description', words: ['12 oz'] });
    const confirmed = refreshFieldFlags(flagged, 'description', { ...current, description }, limits, bluePalette, 'English', { ...noEvidence, confirmed: ['claim:12oz'] });
    expect(confirmed.map((f) => f.code)).not.toContain('unverified_claim');
  });

  it("keeps the observation's own mismatch with the photos, which no field edit changes", () => {
    const seen: DraftFlag = { code: 'observed_mismatch', words: ['red'], reason: 'The model said it saw red, but the product in the photos looks blue.' };
    expect(refreshFieldFlags([seen], 'title', { ...current, title: 'Blue mug' }, limits, bluePalette, 'English', noEvidence)).toEqual([seen]);
  });
});
