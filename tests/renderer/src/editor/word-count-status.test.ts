import { describe, expect, it } from 'vitest';
import { describeWordCount } from '../../../../renderer/src/editor/word-count-status';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('describeWordCount', () => {
  it('measures against the 50-word target with a 45–55 range', () => {
    expect(describeWordCount(words(44))).toMatchObject({ count: 44, state: 'under', label: '44 words · target 45–55' });
    expect(describeWordCount(words(45)).state).toBe('ok');
    expect(describeWordCount(words(55)).state).toBe('ok');
    expect(describeWordCount(words(56)).state).toBe('over');
  });

  it('counts the way the shared counter does (hyphenated words are one)', () => {
    expect(describeWordCount('Hand-stitched linen tote.')).toMatchObject({ count: 3, label: '3 words · target 45–55' });
    expect(describeWordCount('')).toMatchObject({ count: 0, label: '0 words · target 45–55' });
    expect(describeWordCount('one').label).toBe('1 word · target 45–55');
  });
});
