import { describe, expect, it } from 'vitest';
import { checkCopyAgainstObserved, checkObservedAgainstPhotos } from '../../../electron/generation/check-observed';
import type { ObservedFacts } from '../../../shared/domain/draft';

const blueSeen: ObservedFacts = { object: 'ceramic mug', colours: ['blue'], materials: ['ceramic'], visibleText: [] };
const redPhoto = [{ palette: [{ hex: '#c62828', share: 0.9 }], scene: 'backdrop' as const }];

describe('checkObservedAgainstPhotos', () => {
  it("flags an observation whose colours the photo's pixels do not show", () => {
    expect(checkObservedAgainstPhotos(blueSeen, redPhoto)).toEqual([
      { code: 'observed_mismatch', words: ['blue'], reason: 'The model said it saw blue, but the product in the photos looks red.' },
    ]);
  });

  it('is quiet when the observation agrees, states no colour, or the photo is not measured yet', () => {
    expect(checkObservedAgainstPhotos({ ...blueSeen, colours: ['dark red'] }, redPhoto)).toEqual([]);
    expect(checkObservedAgainstPhotos({ ...blueSeen, colours: [] }, redPhoto)).toEqual([]);
    expect(checkObservedAgainstPhotos(blueSeen, [{ palette: [], scene: null }])).toEqual([]);
  });
});

describe('checkCopyAgainstObserved', () => {
  const listing = { title: 'Red Ceramic Mug', description: 'A crimson mug.', tags: ['mug'], attributes: { color: 'red' } };

  it('flags colour words in each field that none of the observed colours can be called', () => {
    const flags = checkCopyAgainstObserved(listing, blueSeen, 'English');
    expect(flags.map((f) => [f.field, f.words])).toEqual([
      ['title', ['red']],
      ['description', ['crimson']],
      ['attributes', ['red']],
    ]);
    expect(flags[0]!.reason).toBe('The title says red, but the model saw blue.');
  });

  it('accepts shades of an observed colour, and says nothing when no colour was observed', () => {
    expect(checkCopyAgainstObserved({ ...listing, title: 'Navy Ceramic Mug', description: 'A navy blue mug.', attributes: { color: 'navy' } }, blueSeen, 'English')).toEqual([]);
    expect(checkCopyAgainstObserved(listing, { ...blueSeen, colours: [] }, 'English')).toEqual([]);
  });

  it('flags an English title that names nothing of the object the model saw', () => {
    const flags = checkCopyAgainstObserved({ ...listing, title: 'Blue Canvas Tote Bag', description: '', attributes: {} }, blueSeen, 'English');
    expect(flags).toEqual([{ code: 'observed_mismatch', field: 'title', words: [], reason: 'The title names nothing of "ceramic mug", the object the model saw.' }]);
    expect(checkCopyAgainstObserved({ ...listing, title: 'Blue Mugs, set of two', description: '', attributes: {} }, blueSeen, 'English')).toEqual([]);
  });

  it('compares colours in other languages with the English observation', () => {
    const german = { title: 'Rote Tasse', description: '', tags: [], attributes: {} };
    expect(checkCopyAgainstObserved(german, blueSeen, 'German').map((f) => f.words)).toEqual([['rote']]);
  });
});
