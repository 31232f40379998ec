import { describe, expect, it } from 'vitest';
import { earlierSameSize } from '../../../electron/photos/earlier-same-size';

describe('earlierSameSize', () => {
  it('points each file at the nearest earlier file of its size, and unreadable files at none', () => {
    const sizes: Record<string, number | undefined> = { a: 10, b: 20, c: 10, d: undefined, e: 10 };
    expect(earlierSameSize(['a', 'b', 'c', 'd', 'e'], (f) => sizes[f])).toEqual([undefined, undefined, 0, undefined, 2]);
  });
});
