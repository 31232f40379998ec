export interface DownloadProgress {
  downloadedBytes: number;
  totalBytes: number;
  /** 0–100, whole numbers, never decreasing. */
  percent: number;
}

export interface ProgressReporter {
  update(downloadedBytes: number, totalBytes: number): void;
  /** Reports 100 % once everything is on disk. */
  finish(totalBytes: number): void;
}

/**
 * The downloader reports every network read and restarts an interrupted 5 MB chunk from its start,
 * so its byte count can step back. The shop owner should see a bar that only moves forward, and
 * the window should get at most about a hundred events per download.
 */
export function createProgressReporter(emit: (p: DownloadProgress) => void): ProgressReporter {
  let shownBytes = 0;
  let shownPercent = -1;
  return {
    update(downloadedBytes, totalBytes) {
      if (totalBytes <= 0) return;
      shownBytes = Math.min(totalBytes, Math.max(shownBytes, downloadedBytes));
      // 100 % is kept for finish(): the file is not checked yet when the last byte arrives.
      const percent = Math.min(99, Math.floor((shownBytes / totalBytes) * 100));
      if (percent <= shownPercent) return;
      shownPercent = percent;
      emit({ downloadedBytes: shownBytes, totalBytes, percent });
    },
    finish(totalBytes) {
      if (shownPercent === 100) return;
      shownPercent = 100;
      shownBytes = totalBytes;
      emit({ downloadedBytes: totalBytes, totalBytes, percent: 100 });
    },
  };
}
