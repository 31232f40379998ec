import { describe, expect, it } from 'vitest';
import { openJobView } from '../../../../renderer/src/generate/open-job-view';

const job = { jobId: 4, state: 'paused' as const, total: 10, done: 6, failed: 0, cancelled: 0, remaining: 4, etaSeconds: 12, failures: [], pauseReason: null };

describe('openJobView', () => {
  it('shows nothing when there is no job to resume', () => {
    expect(openJobView(null)).toBeNull();
    expect(openJobView({ ...job, state: 'done', remaining: 0 })).toBeNull();
  });

  it('shows why a job paused itself, with its counts', () => {
    const reason = 'The engine stopped 4 times within a minute, so it is not restarted again. There is not enough memory to load tiny.gguf.';
    expect(openJobView({ ...job, pauseReason: reason })).toEqual({ jobId: 4, counts: { total: 10, done: 6, failed: 0, remaining: 4, etaSeconds: null }, message: reason });
  });

  it('tells a paused job from one a quit or crash interrupted', () => {
    expect(openJobView(job)?.message).toBe('Generation is paused with 4 products left.');
    expect(openJobView({ ...job, state: 'running', remaining: 1 })?.message).toBe('Generation stopped before it finished (1 product left). Resume to write the rest.');
  });
});
