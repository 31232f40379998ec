import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../../renderer/src/library/describe-import';

describe('describeImport', () => {
  it('sums up imports, duplicates and skipped files with their reasons', () => {
    const { summary, problems } = describeImport({
      productIds: [1, 2],
      photosImported: 5,
      duplicates: [{ file: '/p/x.jpg', photoId: 9 }],
      errors: [{ file: '/p/notes.txt', code: 'not_image', message: 'not an image; drop JPEG, PNG, WebP or HEIC photos' }],
      variantGroups: [],
    });
    expect(summary).toBe('Imported 5 photos into 2 products. 1 photo already in the library. 1 file skipped.');
    expect(problems).toEqual(['/p/notes.txt: not an image; drop JPEG, PNG, WebP or HEIC photos']);
  });

  it('uses the singular for one', () => {
    expect(describeImport({ productIds: [1], photosImported: 1, duplicates: [], errors: [], variantGroups: [] }).summary).toBe('Imported 1 photo into 1 product.');
  });

  it('names each product imported with variants, and lists a colour the photos do not show as a problem', () => {
    const warning = 'TEE-01: the photos of the Blue variant (TEE-01-BLUE_1.jpg) look Green, not Blue. Check the file names; the variant keeps "Blue" until you change it.';
    const described = describeImport({
      productIds: [1],
      photosImported: 3,
      duplicates: [],
      errors: [],
      variantGroups: [{ productId: 1, name: 'TEE-01', optionNames: ['Color'], variants: ['Red', 'Blue', 'Green'], summary: 'TEE-01: 3 variants (Red, Blue, Green)', warnings: [warning] }],
    });
    expect(described).toEqual({ summary: 'Imported 3 photos into 1 product. TEE-01: 3 variants (Red, Blue, Green).', problems: [warning] });
  });
});
