import { describe, expect, it } from 'vitest';
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
