import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { exportRoutes } from '../../../shared/ipc/routes/export';
import type { Core } from '../../core/core';
import { loadGoogleTaxonomy } from '../../categories/load-google-taxonomy';
import { lintExport } from '../../export/lint-export';
import { runExport } from '../../export/run-export';
import type { DomainHandlers } from '../router';

/** Runs in progress, by job id; one per output file so two runs never write the same file. */
interface RunningExport {
  controller: AbortController;
  outputPath: string;
}

export function exportHandlers(core: Core): DomainHandlers<typeof exportRoutes> {
  const running = new Map<string, RunningExport>();
  let nextJob = 1;
  return {
    'export.lint': (input) => lintExport(core.db, input, { taxonomy: loadGoogleTaxonomy(core.resourcesDir) }),
    'export.run': async (input, ctx) => {
      const jobId = input.jobId ?? `export-${nextJob++}`;
      const outputPath = path.resolve(input.outputPath);
      if (running.has(jobId)) throw new AppError('conflict', `Export ${jobId} is already running; wait for it or cancel it.`);
      if ([...running.values()].some((r) => r.outputPath === outputPath)) {
        throw new AppError('conflict', `Another export is already writing ${outputPath}; wait for it to finish or choose another file name.`);
      }
      const controller = new AbortController();
      running.set(jobId, { controller, outputPath });
      try {
        return await runExport(core.db, core.libraryDir, { ...input, outputPath }, {
          signal: controller.signal,
          taxonomy: loadGoogleTaxonomy(core.resourcesDir),
          onProgress: (phase, done, total) => ctx.emit('export.progress', { jobId, phase, done, total }),
        });
      } finally {
        running.delete(jobId);
      }
    },
    'export.cancel': ({ jobId }) => {
      const run = running.get(jobId);
      run?.controller.abort();
      return { cancelled: run !== undefined };
    },
  };
}
