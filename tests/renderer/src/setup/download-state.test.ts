import { describe, expect, it } from 'vitest';
import { describeDownload, describeRate, downloadButtons, forwardOnly, formatTimeLeft, initialDownload, phaseAfterDownload, progressValue } from '../../../../renderer/src/setup/download-state';

const halfway = { downloadedBytes: 2_100_000_000, totalBytes: 4_200_000_000, percent: 50 };
const actions = (phase: Parameters<typeof downloadButtons>[0]) => downloadButtons(phase).map((b) => `${b.action}${b.disabled ? ' (disabled)' : ''}`);

describe('model download state', () => {
  it('offers Pause and Cancel while running, Resume and Cancel while paused, and disables them while the main process answers', () => {
    expect(actions('idle')).toEqual(['download']);
    expect(actions('running')).toEqual(['pause', 'cancel']);
    expect(actions('pausing')).toEqual(['pause (disabled)', 'cancel (disabled)']);
    expect(actions('paused')).toEqual(['resume', 'cancel']);
    expect(actions('cancelling')).toEqual(['cancel (disabled)']);
  });

  it('keeps the bar at its last value while paused and shows it as indeterminate only while connecting', () => {
    expect(progressValue('paused', halfway)).toBe(50);
    expect(progressValue('pausing', halfway)).toBe(50);
    expect(progressValue('running', null)).toBeUndefined();
    expect(progressValue('paused', null)).toBe(0);
  });

  it('says how far a paused download got and that Resume continues from there', () => {
    expect(describeDownload('running', null)).toBe('Connecting…');
    expect(describeDownload('running', halfway)).toBe('2.1 GB of 4.2 GB (50%)');
    expect(describeDownload('paused', halfway)).toBe('Paused at 2.1 GB of 4.2 GB (50%): Resume continues from what is already downloaded.');
    expect(describeDownload('paused', null)).toBe('Paused: Resume continues from what is already downloaded.');
  });

  it('waits for Resume only when models.download answered paused', () => {
    expect(phaseAfterDownload({ ok: true, value: { state: 'paused', downloadId: 'dl-1' } })).toBe('paused');
    expect(phaseAfterDownload({ ok: false, error: { code: 'cancelled', message: 'The download of Tiny VLM was cancelled and its partial files were removed.' } })).toBe('idle');
    expect(phaseAfterDownload({ ok: false, error: { code: 'engine_unavailable', message: 'Downloading tiny.gguf failed.' } })).toBe('idle');
  });
});

describe('initial download phase', () => {
  const partials = [{ entryId: 'qwen', downloadedBytes: 1_200_000_000, totalBytes: 3_400_000_000, percent: 35 }];

  it('starts paused at the bytes on disk when an earlier session kept files of this model, so the button is Resume', () => {
    const start = initialDownload(partials, 'qwen');
    expect(start).toEqual({ phase: 'paused', progress: { downloadedBytes: 1_200_000_000, totalBytes: 3_400_000_000, percent: 35 } });
    expect(actions(start.phase)).toEqual(['resume', 'cancel']);
    expect(describeDownload(start.phase, start.progress)).toBe('Paused at 1.2 GB of 3.4 GB (35%): Resume continues from what is already downloaded.');
    expect(progressValue(start.phase, start.progress)).toBe(35);
  });

  it('starts idle with Download when nothing of this model is on disk', () => {
    expect(initialDownload(partials, 'llava')).toEqual({ phase: 'idle', progress: null });
    expect(initialDownload([], 'qwen')).toEqual({ phase: 'idle', progress: null });
    expect(actions(initialDownload([], 'qwen').phase)).toEqual(['download']);
  });
});

describe('forwardOnly', () => {
  it('keeps the bar where it was when a resumed download first reports less (88 % then 63 %)', () => {
    const shown = { downloadedBytes: 880, totalBytes: 1000, percent: 88 };
    expect(forwardOnly(shown, { downloadedBytes: 630, totalBytes: 1000, percent: 63 })).toEqual(shown);
    expect(forwardOnly(shown, { downloadedBytes: 900, totalBytes: 1000, percent: 90 })).toEqual({ downloadedBytes: 900, totalBytes: 1000, percent: 90 });
    expect(forwardOnly(null, { downloadedBytes: 1, totalBytes: 10, percent: 10 }).percent).toBe(10);
  });
});

describe('describeRate', () => {
  it('gives speed and time left from this run only, once a second of data is in', () => {
    const first = { at: 0, bytes: 500e6 };
    expect(describeRate(first, { at: 500, bytes: 510e6 }, 2e9)).toBe('');
    expect(describeRate(first, { at: 10_000, bytes: 600e6 }, 2e9)).toBe('10 MB/s · about 2 min left');
  });

  it('says "less than a minute" near the end and nothing while stalled', () => {
    expect(describeRate({ at: 0, bytes: 0 }, { at: 2000, bytes: 90e6 }, 100e6)).toBe('45 MB/s · less than a minute left');
    expect(describeRate({ at: 0, bytes: 10 }, { at: 5000, bytes: 10 }, 100)).toBe('');
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [30, 'less than a minute'],
    [240, 'about 4 min'],
    [3 * 3600 + 5 * 60, 'about 3 h 5 min'],
  ])('%i s → %s', (seconds, words) => {
    expect(formatTimeLeft(seconds)).toBe(words);
  });
});

describe('describeDownload while the files are checked', () => {
  it('says the files are being checked once every byte is in but 100 % is not reached', () => {
    expect(describeDownload('running', { downloadedBytes: 100, totalBytes: 100, percent: 99 })).toBe('Checking the downloaded files…');
    expect(describeDownload('running', { downloadedBytes: 99, totalBytes: 100, percent: 99 })).toMatch(/^99 bytes of 100 bytes/);
  });
});
