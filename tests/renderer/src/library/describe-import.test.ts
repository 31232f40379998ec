import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../../renderer/src/library/describe-import';

describe('describeImport', () => {
  it('sums up imports, duplicates and skipped files with their reasons', () => {
    const { summary, problems } = describeImport({
      productIds: [1, 2],
      photosImported: 5,
      duplicates: [{ file: '/p/x.jpg', photoId: 9 }],
      errors: [{ file: '/p/notes.txt', code: 'not_image', message: 'not an image; drop JPEG, PNG, WebP or HEIC photos' }],
    });
    expect(summary).toBe('Imported 5 photos into 2 products. 1 photo already in the library. 1 file skipped.');
    expect(problems).toEqual(['/p/notes.txt: not an image; drop JPEG, PNG, WebP or HEIC photos']);
  });

  it('uses the singular for one', () => {
    expect(describeImport({ productIds: [1], photosImported: 1, duplicates: [], errors: [] }).summary).toBe('Imported 1 photo into 1 product.');
  });
});
