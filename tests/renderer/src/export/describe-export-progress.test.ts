import { describe, expect, it } from 'vitest';
import { describeExportProgress } from '../../../../renderer/src/export/describe-export-progress';

describe('export progress', () => {
  it('names the phase in words with done of total, and the bar fraction', () => {
    expect(describeExportProgress({ phase: 'lint', done: 250, total: 1000 })).toEqual({ label: 'Checking listings: 250 of 1000', fraction: 0.25 });
    expect(describeExportProgress({ phase: 'write', done: 600, total: 600 })).toEqual({ label: 'Writing the file: 600 of 600', fraction: 1 });
  });

  it('shows a bar without a value before the first event, and a full one for an empty export', () => {
    expect(describeExportProgress(null)).toEqual({ label: 'Starting…', fraction: null });
    expect(describeExportProgress({ phase: 'write', done: 0, total: 0 }).fraction).toBe(1);
  });
});
