import { describe, expect, it } from 'vitest';
import { computeGridWindow, scrollToReveal } from '../../../../renderer/src/library/grid-window';

const base = { width: 600, height: 500, scrollTop: 0, count: 10_000, minCardWidth: 150, rowHeight: 200, gap: 12, overscan: 2 };

describe('computeGridWindow', () => {
  it('fits as many columns as the width allows and draws only rows in view plus overscan', () => {
    const w = computeGridWindow(base);
    expect(w.columns).toBe(3);
    expect(w.cardWidth).toBeCloseTo((600 - 24) / 3);
    expect(w.start).toBe(0);
    // Rows 0-2 are visible (500 px / 212 px rows), plus two rows of overscan.
    expect(w.end).toBe(5 * 3);
    expect(w.totalHeight).toBe(Math.ceil(10_000 / 3) * 212 - 12);
  });

  it('moves the window with the scroll position and clamps it at the end', () => {
    const mid = computeGridWindow({ ...base, scrollTop: 212 * 100 });
    expect(mid.start).toBe(98 * 3);
    expect(mid.end).toBe(105 * 3);
    const end = computeGridWindow({ ...base, scrollTop: 10_000_000 });
    expect(end.end).toBe(10_000);
    expect(end.start).toBeLessThanOrEqual(end.end);
  });

  it('draws nothing for an empty list and one column when there is no width yet', () => {
    expect(computeGridWindow({ ...base, count: 0 })).toMatchObject({ start: 0, end: 0, totalHeight: 0 });
    expect(computeGridWindow({ ...base, width: 0 }).columns).toBe(1);
  });
});

describe('scrollToReveal', () => {
  it('scrolls up or down just enough to show a row, and not at all when it is visible', () => {
    expect(scrollToReveal(0, 3, 200, 12, 500, 400)).toBe(0);
    expect(scrollToReveal(30, 3, 200, 12, 0, 400)).toBe(10 * 212 + 200 - 400);
    expect(scrollToReveal(3, 3, 200, 12, 0, 500)).toBeNull();
  });
});
