import { describe, expect, it } from 'vitest';
import { chooseModelPhotos } from '../../../electron/generation/choose-model-photos';

const photos = (...ids: number[]) => ids.map((id) => ({ id }));
const ids = (chosen: { id: number }[]) => chosen.map((p) => p.id);

describe('chooseModelPhotos', () => {
  it('sends the first photos of a product without variants, as before', () => {
    const choice = chooseModelPhotos(photos(1, 2, 3, 4, 5), [], 4);
    expect(ids(choice.photos)).toEqual([1, 2, 3, 4]);
    expect(choice).toMatchObject({ shown: [], leftOut: [], withoutPhoto: [] });
  });

  it('sends one photo of each variant (its first), then the shared photos, within the budget', () => {
    // Photos 1-2 red, 3-4 blue, 5 green, 6-7 shared (no variant).
    const variants = [{ photoIds: [1, 2] }, { photoIds: [3, 4] }, { photoIds: [5] }];
    const four = chooseModelPhotos(photos(1, 2, 3, 4, 5, 6, 7), variants, 4);
    expect(ids(four.photos)).toEqual([1, 3, 5, 6]);
    expect(four).toMatchObject({ shown: [0, 1, 2], leftOut: [], withoutPhoto: [] });
    expect(ids(chooseModelPhotos(photos(1, 2, 3, 4, 5, 6, 7), variants, 8).photos)).toEqual([1, 3, 5, 6, 7]);
  });

  it('follows the product photo order, not the order a variant lists its ids in', () => {
    // An id of a photo no longer there is skipped.
    const choice = chooseModelPhotos(photos(7, 3, 9), [{ photoIds: [99, 3, 7] }, { photoIds: [9] }], 4);
    expect(ids(choice.photos)).toEqual([7, 9]);
  });

  it('shows the first variants that fit and reports the rest as left out', () => {
    const variants = [1, 2, 3, 4, 5, 6].map((id) => ({ photoIds: [id] }));
    const choice = chooseModelPhotos(photos(1, 2, 3, 4, 5, 6, 7), variants, 4);
    expect(ids(choice.photos)).toEqual([1, 2, 3, 4]);
    expect(choice.shown).toEqual([0, 1, 2, 3]);
    expect(choice.leftOut).toEqual([4, 5]);
  });

  it('names the variants without a photo of their own and fills their place with shared photos', () => {
    const choice = chooseModelPhotos(photos(1, 2, 3), [{ photoIds: [1] }, { photoIds: [] }, { photoIds: [2] }], 4);
    expect(ids(choice.photos)).toEqual([1, 2, 3]);
    expect(choice).toMatchObject({ shown: [0, 2], leftOut: [], withoutPhoto: [1] });
  });

  it('sends the shared photos alone when no variant has a photo', () => {
    const choice = chooseModelPhotos(photos(1, 2), [{ photoIds: [] }, { photoIds: [] }], 4);
    expect(ids(choice.photos)).toEqual([1, 2]);
    expect(choice).toMatchObject({ shown: [], withoutPhoto: [0, 1] });
  });
});
