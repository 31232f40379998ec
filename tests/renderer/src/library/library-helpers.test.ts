import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../../renderer/src/library/describe-import';
import { collectDroppedPaths, parsePathList } from '../../../../renderer/src/library/dropped-paths';

describe('collectDroppedPaths', () => {
  it('keeps each distinct path and counts items that have none', () => {
    const files = [{ name: 'a.jpg' }, { name: 'shop' }, { name: 'text' }, { name: 'a.jpg' }] as unknown as File[];
    const pathFor = (f: File) => (f.name === 'text' ? '' : `/photos/${f.name}`);
    expect(collectDroppedPaths(files, pathFor)).toEqual({ paths: ['/photos/a.jpg', '/photos/shop'], withoutPath: 1 });
  });

  it('reads one path per line from the typed field', () => {
    expect(parsePathList(' /a/b \r\n\n/c d/e\n  ')).toEqual(['/a/b', '/c d/e']);
  });
});

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
