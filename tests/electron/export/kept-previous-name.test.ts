import { describe, expect, it } from 'vitest';
import { keptPreviousName } from '../../../electron/export/kept-previous-name';

// Local time, as the owner's file manager shows it: 1 December 2026, 09:05.
const when = new Date(2026, 11, 1, 9, 5, 42);

describe('keptPreviousName', () => {
  it('puts "(earlier date time)" before the extension, with a dot between hour and minute', () => {
    expect(keptPreviousName('listings.csv', when, 1)).toBe('listings (earlier 2026-12-01 09.05).csv');
    expect(keptPreviousName('google feed.txt', when, 1)).toBe('google feed (earlier 2026-12-01 09.05).txt');
  });

  it('numbers the second and later tries', () => {
    expect(keptPreviousName('listings.csv', when, 2)).toBe('listings (earlier 2026-12-01 09.05, 2).csv');
    expect(keptPreviousName('listings.csv', when, 12)).toBe('listings (earlier 2026-12-01 09.05, 12).csv');
  });

  it('keeps only the last extension after the words, and handles names without one', () => {
    expect(keptPreviousName('shop.2026.csv', when, 1)).toBe('shop.2026 (earlier 2026-12-01 09.05).csv');
    expect(keptPreviousName('listings', when, 1)).toBe('listings (earlier 2026-12-01 09.05)');
  });

  it('never gives a name with a colon (Windows refuses them)', () => {
    expect(keptPreviousName('a.csv', new Date(2026, 0, 31, 23, 59), 1)).not.toContain(':');
  });
});
