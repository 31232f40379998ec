import { describe, expect, it } from 'vitest';
import { describeJobProgress, formatEta } from '../../../../renderer/src/generate/describe-job-progress';

describe('job progress', () => {
  it('formats an ETA in seconds, minutes or hours, and none without an estimate', () => {
    expect(formatEta(null)).toBeNull();
    expect(formatEta(0.2)).toBe('about 1 s left');
    expect(formatEta(42)).toBe('about 42 s left');
    expect(formatEta(170)).toBe('about 3 min left');
    expect(formatEta(3 * 3600 + 20 * 60)).toBe('about 3 h 20 min left');
  });

  it('shows counts, failures and the ETA, with the bar counting failed items as finished', () => {
    expect(describeJobProgress({ total: 40, done: 12, failed: 1, remaining: 27, etaSeconds: 170 })).toEqual({ label: '12 of 40 done · 1 failed · about 3 min left', fraction: 13 / 40 });
    expect(describeJobProgress({ total: 4, done: 4, failed: 0, remaining: 0, etaSeconds: 0 })).toEqual({ label: '4 of 4 done', fraction: 1 });
    expect(describeJobProgress({ total: 0, done: 0, failed: 0, remaining: 0, etaSeconds: null }).fraction).toBe(0);
  });

  it('tells no time left while the job is paused', () => {
    expect(describeJobProgress({ total: 40, done: 12, failed: 0, remaining: 28, etaSeconds: 170 }, true).label).toBe('12 of 40 done');
  });
});
