import { describe, expect, it } from 'vitest';
import { keptPreviousSentence } from '../../../shared/text/kept-previous-sentence';

describe('keptPreviousSentence', () => {
  it('names both files by their file names, whichever separator the path uses', () => {
    expect(keptPreviousSentence('/home/ann/shop/listings.csv', '/home/ann/shop/listings (earlier 2026-12-01 12.17).csv')).toBe(
      'The earlier listings.csv was kept as listings (earlier 2026-12-01 12.17).csv.',
    );
    expect(keptPreviousSentence('C:\\Shop\\feed.txt', 'C:\\Shop\\feed (earlier 2026-12-01 12.17, 2).txt')).toBe(
      'The earlier feed.txt was kept as feed (earlier 2026-12-01 12.17, 2).txt.',
    );
  });
});
