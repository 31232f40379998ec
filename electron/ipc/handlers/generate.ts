import type { generateRoutes } from '../../../shared/ipc/routes/generate';
import type { Core } from '../../core/core';
import { cancelGenerateJob, generateJobStatus, pauseGenerateJob, resumeGenerateJob, startGenerateJob } from '../../queue/generate/generate-jobs';
import { planGeneration } from '../../queue/generate/select-products';
import type { DomainHandlers } from '../router';

export function generateHandlers(core: Core): DomainHandlers<typeof generateRoutes> {
  return {
    'generate.plan': (input) => {
      const { productIds, ...plan } = planGeneration(core.db, input);
      return { write: productIds.length, ...plan };
    },
    'generate.start': (input, ctx) => startGenerateJob(core, input, (p) => ctx.emit('generate.progress', p)),
    'generate.pause': ({ jobId }) => pauseGenerateJob(core, jobId),
    'generate.resume': ({ jobId }, ctx) => resumeGenerateJob(core, jobId, (p) => ctx.emit('generate.progress', p)),
    'generate.cancel': ({ jobId }) => cancelGenerateJob(core, jobId),
    'generate.status': ({ jobId }) => generateJobStatus(core, jobId),
  };
}
