import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { ExportResult } from '../../shared/domain/export';
import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import type { Db } from '../db/open-database';
import type { ExportPhase } from '../../shared/domain/export';
import { runExport, type RunExportRequest } from './run-export';

export interface ExportProgress {
  jobId: string;
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface ExportJob extends RunExportRequest {
  /** Tags the progress and lets cancel() find this run; one is made up when left out. */
  jobId?: string;
}

/**
 * The library's exports in progress, owned by the core like the queue and the downloads: each run
 * resolves once with its result, reports progress tagged with its job id, and can be cancelled.
 */
export interface ExportService {
  run(job: ExportJob, onProgress?: (progress: ExportProgress) => void): Promise<ExportResult>;
  /** False when no run has that id (it finished, or never started). */
  cancel(jobId: string): boolean;
  /** Cancels every run and waits until each has removed its temporary files (on quit). */
  cancelAll(): Promise<void>;
}

interface RunningExport {
  controller: AbortController;
  outputPath: string;
  done: Promise<unknown>;
}

/** `loadTaxonomy` reads Google's product taxonomy, for category paths and checks, once per run. */
export function createExportService(db: Db, libraryDir: string, loadTaxonomy?: () => GoogleTaxonomy): ExportService {
  const running = new Map<string, RunningExport>();
  let nextJob = 1;

  const claim = (jobId: string, outputPath: string): AbortController => {
    if (running.has(jobId)) throw new AppError('conflict', `Export ${jobId} is already running; wait for it or cancel it.`);
    // Two runs writing one file would each rename a whole file over the other's: refuse the second.
    if ([...running.values()].some((r) => r.outputPath === outputPath)) {
      throw new AppError('conflict', `Another export is already writing ${outputPath}; wait for it to finish or choose another file name.`);
    }
    return new AbortController();
  };

  return {
    async run(job, onProgress) {
      const { jobId: given, ...request } = job;
      const jobId = given ?? `export-${nextJob++}`;
      const outputPath = path.resolve(request.outputPath);
      const controller = claim(jobId, outputPath);
      const done = runExport(db, libraryDir, { ...request, outputPath }, {
        signal: controller.signal,
        ...(loadTaxonomy ? { taxonomy: loadTaxonomy() } : {}),
        onProgress: (phase, doneCount, total) => onProgress?.({ jobId, phase, done: doneCount, total }),
      });
      running.set(jobId, { controller, outputPath, done });
      try {
        return await done;
      } finally {
        running.delete(jobId);
      }
    },
    cancel(jobId) {
      const run = running.get(jobId);
      run?.controller.abort();
      return run !== undefined;
    },
    async cancelAll() {
      const runs = [...running.values()];
      for (const run of runs) run.controller.abort();
      await Promise.allSettled(runs.map((r) => r.done));
    },
  };
}
