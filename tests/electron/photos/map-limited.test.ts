import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../../electron/photos/map-limited';

describe('mapLimited', () => {
  it('never runs more than the limit at once and keeps results in input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      mapLimited([30, 5, 20, 1, 10, 2], 2, async (ms, i) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, ms));
        running--;
        return i;
      }),
    );
    expect(peak).toBe(2);
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('starts items in input order and goes on after one fails', async () => {
    const started: number[] = [];
    const settled = await Promise.allSettled(
      mapLimited([0, 1, 2, 3], 1, async (n) => {
        started.push(n);
        if (n === 1) throw new Error('boom');
        return n;
      }),
    );
    expect(started).toEqual([0, 1, 2, 3]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });
});
