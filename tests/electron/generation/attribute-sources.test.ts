import { describe, expect, it } from 'vitest';
import { attributeSources } from '../../../electron/generation/attribute-sources';
import type { Draft } from '../../../shared/domain/draft';

const redPhoto = [{ palette: [{ hex: '#c62828', share: 0.9 }], scene: 'backdrop' as const }];
const nothingRead = { text: '', words: [], gtins: [] };
const draft = (over: Partial<Pick<Draft, 'attributes' | 'observed' | 'confirmed' | 'flags'>> = {}) => ({
  attributes: { category: 'Mugs', color: 'red', material: 'ceramic', brand: 'Nike', vendor: 'Clay & Co' },
  observed: { object: 'mug', colours: ['red'], materials: ['ceramic'], visibleText: ['NIKE'] },
  confirmed: [],
  flags: [],
  ...over,
});

describe('attributeSources', () => {
  it('names where each value comes from: pixels, the model, the owner; an unread brand is unconfirmed; the condition is not visible', () => {
    expect(attributeSources(draft(), redPhoto, nothingRead)).toEqual({
      category: 'seen',
      color: 'measured',
      material: 'seen',
      brand: 'unconfirmed',
      vendor: 'owner',
      condition: 'not_visible',
    });
  });

  it('a brand the app read or the owner confirmed is theirs; a colour the pixels contradict is unconfirmed', () => {
    expect(attributeSources(draft(), redPhoto, { text: 'NIKE', words: ['NIKE'], gtins: [] }).brand).toBe('read');
    expect(attributeSources(draft({ confirmed: ['brand:nike'] }), redPhoto, nothingRead).brand).toBe('owner');
    expect(attributeSources(draft({ attributes: { color: 'blue' } }), redPhoto, nothingRead).color).toBe('unconfirmed');
  });

  it("without a measurement the colour is seen when the model's observation says it, and a material it did not see is unconfirmed", () => {
    const sources = attributeSources(draft({ attributes: { color: 'red', material: 'glass' } }), [], nothingRead);
    expect(sources).toMatchObject({ color: 'seen', material: 'unconfirmed', brand: 'not_visible' });
  });

  it("a product with a colour option takes its colour from the options; a colour typed anyway is checked as before", () => {
    const noColour = draft({ attributes: { category: 'Mugs' } });
    expect(attributeSources(noColour, redPhoto, nothingRead, true).color).toBe('options');
    expect(attributeSources(noColour, redPhoto, nothingRead, false).color).toBe('not_visible');
    expect(attributeSources(draft({ attributes: { color: 'blue' } }), redPhoto, nothingRead, true).color).toBe('unconfirmed');
  });

  it('a barcode the app decoded off a photo is read; one only typed is the owner\'s', () => {
    const withBarcode = draft({ attributes: { barcode: '4006381333931' } });
    expect(attributeSources(withBarcode, [], { text: '', words: [], gtins: ['4006381333931'] }).barcode).toBe('read');
    expect(attributeSources(withBarcode, [], nothingRead).barcode).toBe('owner');
  });

  it('a draft no model wrote holds only the owner\'s values', () => {
    expect(attributeSources(draft({ observed: null, attributes: { material: 'oak', condition: 'used' } }), [], nothingRead)).toMatchObject({ material: 'owner', condition: 'owner' });
  });
});
