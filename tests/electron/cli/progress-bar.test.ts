import { describe, expect, it } from 'vitest';
import { formatDuration, renderProgressBar } from '../../../electron/cli/progress-bar';

describe('renderProgressBar', () => {
  it('fills in proportion and shows failures and the ETA', () => {
    expect(renderProgressBar({ label: 'Generating', done: 5, total: 10, failed: 1, etaSeconds: 75 }, 10)).toBe('Generating [#####-----] 5/10  1 failed  ETA 1m 15s');
  });

  it('drops the ETA when unknown or finished', () => {
    expect(renderProgressBar({ label: 'G', done: 0, total: 4, etaSeconds: null }, 4)).toBe('G [----] 0/4');
    expect(renderProgressBar({ label: 'G', done: 4, total: 4, etaSeconds: 0 }, 4)).toBe('G [####] 4/4');
  });

  it('shows a full bar for an empty job rather than dividing by zero', () => {
    expect(renderProgressBar({ label: 'G', done: 0, total: 0 }, 4)).toBe('G [####] 0/0');
  });
});

describe('formatDuration', () => {
  it('picks seconds, minutes or hours', () => {
    expect([9, 75, 3600, 3725].map(formatDuration)).toEqual(['9s', '1m 15s', '1h 00m', '1h 02m']);
  });
});
