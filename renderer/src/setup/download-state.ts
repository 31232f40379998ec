import type { Result } from '../../../shared/errors';
import type { RouteOutput } from '../../../shared/ipc/contract';
import { formatBytes } from './describe-engine';

/** Where a model download stands in the window; 'pausing' and 'cancelling' wait for the main process. */
export type DownloadPhase = 'idle' | 'running' | 'pausing' | 'paused' | 'cancelling';

export type DownloadAction = 'download' | 'pause' | 'resume' | 'cancel';

export interface DownloadProgressView {
  downloadedBytes: number;
  totalBytes: number;
  percent: number;
}

/** The buttons to show; a button waiting for the main process stays visible but disabled, so focus does not jump. */
export function downloadButtons(phase: DownloadPhase): Array<{ action: DownloadAction; disabled: boolean }> {
  switch (phase) {
    case 'idle':
      return [{ action: 'download', disabled: false }];
    case 'running':
      return [
        { action: 'pause', disabled: false },
        { action: 'cancel', disabled: false },
      ];
    case 'pausing':
      return [
        { action: 'pause', disabled: true },
        { action: 'cancel', disabled: true },
      ];
    case 'paused':
      return [
        { action: 'resume', disabled: false },
        { action: 'cancel', disabled: false },
      ];
    case 'cancelling':
      return [{ action: 'cancel', disabled: true }];
  }
}

/** What the bar shows: the last value stays while paused; no value (indeterminate) only while connecting. */
export function progressValue(phase: DownloadPhase, progress: DownloadProgressView | null): number | undefined {
  if (progress) return progress.percent;
  return phase === 'running' ? undefined : 0;
}

/** The status line beside the bar. */
export function describeDownload(phase: DownloadPhase, progress: DownloadProgressView | null): string {
  const amount = progress ? `${formatBytes(progress.downloadedBytes)} of ${formatBytes(progress.totalBytes)} (${progress.percent}%)` : '';
  switch (phase) {
    case 'idle':
      return '';
    case 'running':
      // Every byte is in but not yet checked: the SHA-256 of a multi-gigabyte file takes a while.
      if (progress && progress.percent < 100 && progress.totalBytes > 0 && progress.downloadedBytes >= progress.totalBytes) return 'Checking the downloaded files…';
      return amount || 'Connecting…';
    case 'pausing':
      return 'Pausing…';
    case 'paused':
      return `Paused${amount ? ` at ${amount}` : ''}: Resume continues from what is already downloaded.`;
    case 'cancelling':
      return 'Cancelling…';
  }
}

/** After models.download answers: a paused download waits for Resume; anything else ends it. */
export function phaseAfterDownload(result: Result<RouteOutput<'models.download'>>): DownloadPhase {
  return result.ok && result.value.state === 'paused' ? 'paused' : 'idle';
}

/**
 * Where the download of an entry starts when the window opens: files kept from an earlier session
 * mean it is paused at what is on disk, so the button is Resume and Cancel removes them.
 */
export function initialDownload(
  partials: RouteOutput<'models.partialDownloads'>,
  entryId: string,
): { phase: DownloadPhase; progress: DownloadProgressView | null } {
  const partial = partials.find((p) => p.entryId === entryId);
  if (!partial) return { phase: 'idle', progress: null };
  return { phase: 'paused', progress: { downloadedBytes: partial.downloadedBytes, totalBytes: partial.totalBytes, percent: partial.percent } };
}

/**
 * The bar never moves backwards within one download: on resume the downloader first counts only
 * whole chunks (and may learn the exact total), which used to pull the bar from 88 % back to 63 %.
 */
export function forwardOnly(shown: DownloadProgressView | null, next: DownloadProgressView): DownloadProgressView {
  if (!shown || next.percent >= shown.percent) return next;
  return { ...next, percent: shown.percent, downloadedBytes: Math.max(shown.downloadedBytes, next.downloadedBytes) };
}

/** A point on the way: when (ms) and how many bytes were on disk. */
export interface RateSample {
  at: number;
  bytes: number;
}

/** "about 4 min", "less than a minute": time left as a shop owner reads it. */
export function formatTimeLeft(seconds: number): string {
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min`;
  return `about ${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * Speed and time left since this run started (the bytes a resume kept do not count as speed);
 * empty until a second of data is in, so the first figure is not wild.
 */
export function describeRate(first: RateSample | null, now: RateSample, totalBytes: number): string {
  if (!first || now.at - first.at < 1000 || now.bytes <= first.bytes) return '';
  const perSecond = (now.bytes - first.bytes) / ((now.at - first.at) / 1000);
  return `${formatBytes(perSecond)}/s · ${formatTimeLeft(Math.max(0, totalBytes - now.bytes) / perSecond)} left`;
}
