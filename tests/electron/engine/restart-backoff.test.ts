import { describe, expect, it } from 'vitest';
import { planRestart, type RestartPolicy } from '../../../electron/engine/restart-backoff';

const policy: RestartPolicy = { maxRestarts: 3, windowMs: 60_000, baseDelayMs: 250, maxDelayMs: 800 };

describe('planRestart', () => {
  it('doubles the delay per recent crash, capped', () => {
    expect(planRestart([1000], 1000, policy)).toBe(250);
    expect(planRestart([1000, 2000], 2000, policy)).toBe(500);
    expect(planRestart([1000, 2000, 3000], 3000, policy)).toBe(800);
  });

  it('gives up after maxRestarts crashes inside the window', () => {
    expect(planRestart([1000, 2000, 3000, 4000], 4000, policy)).toBeUndefined();
  });

  it('forgets crashes older than the window', () => {
    expect(planRestart([1000, 2000, 3000, 100_000], 100_000, policy)).toBe(250);
  });
});
