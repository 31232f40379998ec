import { describe, expect, it } from 'vitest';
import { fitListingToLimits, toDraftFields, uncertainFlag, wordCountFlag } from '../../../electron/generation/finish-listing';
import { listingLimitsFor, type ListingOutput } from '../../../shared/domain/listing-output';

const output = (over: Partial<ListingOutput> = {}): ListingOutput => ({
  observed: { object: 'mug', colours: ['red'], materials: ['ceramic'], visibleText: ['ACME Pottery'] },
  title: 'Red mug',
  description: 'A red mug.',
  tags: ['mug'],
  attributes: { category: 'Mugs', color: 'red', material: 'ceramic', brand: null, condition: 'new' },
  uncertain: [],
  ...over,
});

describe('fitListingToLimits', () => {
  const etsy = listingLimitsFor('etsy', 50);

  it('cuts a long title at a word boundary and tags to the platform limits', () => {
    const title = 'Handmade red ceramic coffee mug with a glossy glaze and a comfortable handle for everyday use at home or at the office desk, with more words here to go past the limit';
    const fitted = fitListingToLimits(
      output({
        title,
        tags: ['mug', 'Mug', 'handmade ceramic coffee mug', '  ', ...Array.from({ length: 15 }, (_, i) => `tag${i}`)],
      }),
      etsy,
    );
    expect(fitted.title.length).toBeLessThanOrEqual(140);
    expect(title.startsWith(fitted.title)).toBe(true);
    expect(title[fitted.title.length]).toBe(' ');
    expect(fitted.tags).toHaveLength(13);
    expect(fitted.tags.slice(0, 3)).toEqual(['mug', 'handmade ceramic', 'tag0']);
    expect(fitted.tags.every((t) => t.length <= 20)).toBe(true);
  });

  it('keeps a brand only when the photos show it', () => {
    expect(fitListingToLimits(output({ attributes: { ...output().attributes, brand: 'Acme' } }), etsy).attributes.brand).toBe('Acme');
    expect(fitListingToLimits(output({ attributes: { ...output().attributes, brand: 'Nike' } }), etsy).attributes.brand).toBeNull();
  });
});

describe('flags', () => {
  it('word_count says the count and the range', () => {
    expect(wordCountFlag(Array(61).fill('word').join(' '), 50)).toEqual({ code: 'word_count', reason: 'Description has 61 words; the target is 45-55.' });
    expect(wordCountFlag(Array(45).fill('word').join(' '), 50)).toBeUndefined();
    expect(wordCountFlag(Array(44).fill('word').join(' '), 50)?.reason).toBe('Description has 44 words; the target is 45-55.');
  });

  it('uncertain lists the claims the model doubted', () => {
    expect(uncertainFlag(['material may be stoneware', ' '])).toEqual({ code: 'uncertain', reason: 'The model was unsure about: material may be stoneware.' });
    expect(uncertainFlag([])).toBeUndefined();
    expect(uncertainFlag(Array(10).fill('x'.repeat(100)))!.reason.length).toBeLessThanOrEqual(500);
  });
});

describe('toDraftFields', () => {
  it('omits an empty or null attribute rather than saving an empty string, and never writes a condition', () => {
    const fields = toDraftFields(output({ attributes: { category: 'Mugs', color: ' ', material: null, brand: null, condition: 'used' } }));
    expect(fields.attributes).toEqual({ category: 'Mugs' });
    expect(Object.keys(fields)).toEqual(['title', 'description', 'tags', 'attributes']);
  });
});

describe('control characters', () => {
  it('are removed from every string; newlines in the description stay', () => {
    const fitted = fitListingToLimits(output({ title: 'Red\bmug\u0000', description: 'Line one.\nLine\u0007 two.', tags: ['mu\u001bg'] }), listingLimitsFor('generic', 50));
    expect(fitted).toMatchObject({ title: 'Redmug', description: 'Line one.\nLine two.', tags: ['mug'] });
  });
});
