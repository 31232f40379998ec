import fs from 'node:fs';
import path from 'node:path';
import { createModelDownloader, type ModelDownloader } from 'node-llama-cpp';
import { AppError } from '../../shared/errors';
import { checkDownloadUrl } from './check-download-url';
import { readGgufFacts } from './gguf-facts';
import { sha256OfFile } from './verify-file-hash';
export type { RemoteFile } from './remote-file';
import { partialPath } from './partial-download';
import { createProgressReporter, type DownloadProgress } from './progress-reporter';
import { formatGigabytes } from './recommend-model';
import type { RemoteFile } from './remote-file';

/**
 * Abort with this reason to stop without losing what was downloaded (the shop owner paused, or the
 * app is quitting); the next download of the same files resumes from the last completed 5 MB
 * chunk. Any other reason is the shop owner's cancel, which removes the files.
 */
export const PAUSE_DOWNLOAD = 'pause-download';

export interface DownloadFilesOptions {
  files: readonly RemoteFile[];
  dir: string;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
}

/** How long a cancel waits for the downloader's streams to close. */
const CLOSE_GRACE_MS = 5_000;

function whenAborted(signal: AbortSignal | undefined): Promise<undefined> {
  return new Promise((resolve) => signal?.addEventListener('abort', () => resolve(undefined), { once: true }));
}

async function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  try {
    await Promise.race([work.then(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Removes the files and their partial downloads; says whether there was anything to remove. */
export function removeDownloadFiles(dir: string, files: readonly RemoteFile[]): boolean {
  const present = files.flatMap((f) => [path.join(dir, f.fileName), partialPath(path.join(dir, f.fileName))]).filter((p) => fs.existsSync(p));
  for (const p of present) fs.rmSync(p, { force: true });
  return present.length > 0;
}

function describeFailure(fileName: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = (err as Error)?.message ?? String(err);
  return new AppError('engine_unavailable', `Downloading ${fileName} failed (${message}): try again; what was already downloaded is kept and the download resumes.`);
}

function checkFreeSpace(dir: string, downloaders: readonly ModelDownloader[]): void {
  const needed = downloaders.reduce((sum, d) => sum + Math.max(0, d.totalSize - d.downloadedSize), 0);
  const stats = fs.statfsSync(dir);
  const free = stats.bavail * stats.bsize;
  if (needed > free) {
    throw new AppError('too_large', `The model needs ${formatGigabytes(needed)} of free disk space in ${dir} but only ${formatGigabytes(free)} is free: free some space and try again.`);
  }
}

function rejectFile(full: string, message: string): never {
  fs.rmSync(full, { force: true });
  throw new AppError('model_invalid', message);
}

/**
 * Size against the announced Content-Length and the catalog, then the published SHA-256, then the
 * GGUF header. A file that fails any check is removed (it can only be a damaged or different file)
 * and the message says so.
 */
async function verifyDownloadedFile(downloader: ModelDownloader, file: RemoteFile, signal?: AbortSignal): Promise<void> {
  const full = downloader.entrypointFilePath;
  const onDisk = fs.statSync(full).size;
  const announced = downloader.totalSize;
  if (announced > 0 && onDisk !== announced) {
    rejectFile(full, `${file.fileName} has ${onDisk} bytes but the server announced ${announced}: the download was cut short and has been removed; try again.`);
  }
  if (file.sizeBytes !== undefined && !file.sizeIsApproximate && onDisk !== file.sizeBytes) {
    rejectFile(full, `${file.fileName} has ${onDisk} bytes but the catalog expects ${file.sizeBytes}: it is not the published file, so it has been removed. Try again later; if it keeps happening, the model's publisher changed the file.`);
  }
  if (file.sha256) {
    const actual = await sha256OfFile(full, signal);
    if (actual !== file.sha256) {
      rejectFile(full, `${file.fileName} is damaged: its SHA-256 checksum (${actual.slice(0, 12)}…) does not match the published one (${file.sha256.slice(0, 12)}…), so it has been removed. Download it again.`);
    }
  }
  try {
    await readGgufFacts(full);
  } catch (err) {
    const why = err instanceof AppError ? err.message : String(err);
    rejectFile(full, `${new URL(file.url).host} did not send a usable model: ${why} The file has been removed.`);
  }
}

/**
 * Downloads model + mmproj through node-llama-cpp's downloader (ipull: parallel ranges, retries,
 * resumable .ipull files), then checks each file. Resolves with the paths in the order given.
 */
export async function downloadModelFiles(opts: DownloadFilesOptions): Promise<string[]> {
  const { files, dir, signal } = opts;
  fs.mkdirSync(dir, { recursive: true });
  const reporter = createProgressReporter((p) => opts.onProgress?.(p));

  for (const f of files) await checkDownloadUrl(f.url, f.fileName, signal);
  const progress = files.map(() => ({ downloaded: 0, total: 0 }));
  const report = () => reporter.update(sum(progress.map((p) => p.downloaded)), sum(progress.map((p) => p.total)));
  const downloaders: ModelDownloader[] = [];
  for (const [i, f] of files.entries()) {
    try {
      const downloader = await createModelDownloader({
        modelUri: f.url,
        dirPath: dir,
        fileName: f.fileName,
        skipExisting: true,
        deleteTempFileOnCancel: false,
        onProgress: (s) => {
          progress[i] = { downloaded: s.downloadedSize, total: s.totalSize };
          report();
        },
      });
      progress[i] = { downloaded: downloader.downloadedSize, total: downloader.totalSize };
      downloaders.push(downloader);
    } catch (err) {
      throw describeFailure(f.fileName, err);
    }
  }
  if (signal?.aborted) throw signal.reason;
  checkFreeSpace(dir, downloaders);

  // One download() per file rather than combineModelDownloaders(): ipull's multi-download treats
  // cancelled files as finished and truncates away their chunk map, so a pause could not resume.
  const finished = Promise.allSettled(downloaders.map((d) => d.download({ signal })));
  const outcome = await Promise.race([finished, whenAborted(signal)]);
  // An abort can also end download() without an error (the streams are closed under it).
  if (signal?.aborted) {
    // Wait for the streams to close so nothing writes after the files go, but not forever:
    // ipull cannot abort a request whose response headers never arrived.
    await settleWithin(Promise.all([finished, ...downloaders.map((d) => d.cancel())]), CLOSE_GRACE_MS);
    if (signal.reason !== PAUSE_DOWNLOAD) removeDownloadFiles(dir, files);
    throw signal.reason;
  }
  const failed = outcome?.findIndex((r) => r.status === 'rejected') ?? -1;
  if (outcome && failed >= 0) throw describeFailure(files[failed].fileName, (outcome[failed] as PromiseRejectedResult).reason);

  try {
    for (const [i, d] of downloaders.entries()) await verifyDownloadedFile(d, files[i], signal);
  } catch (err) {
    if (!signal?.aborted) throw err;
    // Stopped while checking: a pause keeps the finished files (they are checked again on resume).
    if (signal.reason !== PAUSE_DOWNLOAD) removeDownloadFiles(dir, files);
    throw signal.reason;
  }
  reporter.finish(sum(downloaders.map((d) => d.totalSize)));
  return downloaders.map((d) => d.entrypointFilePath);
}
