import { describe, expect, it } from 'vitest';
import { ETA_WINDOW, estimateEtaSeconds } from '../../../electron/queue/estimate-eta';

describe('estimateEtaSeconds', () => {
  it('is unknown before any item has finished', () => {
    expect(estimateEtaSeconds([], 10, 2)).toBeUndefined();
  });

  it('is zero when nothing remains', () => {
    expect(estimateEtaSeconds([], 0, 2)).toBe(0);
  });

  it('divides the remaining work by the lanes running at once', () => {
    expect(estimateEtaSeconds([4, 6], 10, 1)).toBe(50);
    expect(estimateEtaSeconds([4, 6], 10, 2)).toBe(25);
  });

  it('never counts more lanes than items left', () => {
    expect(estimateEtaSeconds([10], 1, 8)).toBe(10);
  });

  it('follows the recent speed, not the whole history', () => {
    const slowStart = [...Array(50).fill(100), ...Array(ETA_WINDOW).fill(2)];
    expect(estimateEtaSeconds(slowStart, 10, 1)).toBe(20);
  });

  it('ignores durations that are not real numbers', () => {
    expect(estimateEtaSeconds([Number.NaN, -1, 3], 2, 1)).toBe(6);
  });
});
