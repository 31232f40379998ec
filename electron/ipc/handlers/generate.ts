import type { generateRoutes } from '../../../shared/ipc/routes/generate';
import type { Services } from '../services';
import { cancelGenerateJob, generateJobItems, generateJobStatus, pauseGenerateJob, resumeGenerateJob, startGenerateJob } from '../../queue/generate/generate-jobs';
import { planGeneration } from '../../queue/generate/select-products';
import type { DomainHandlers } from '../router';

export function generateHandlers(services: Services): DomainHandlers<typeof generateRoutes> {
  return {
    'generate.plan': (input) => {
      const { productIds, ...plan } = planGeneration(services.db, input);
      return { write: productIds.length, ...plan };
    },
    'generate.start': (input, ctx) => startGenerateJob(services, input, (p) => ctx.emit('generate.progress', p)),
    'generate.pause': ({ jobId }) => pauseGenerateJob(services, jobId),
    'generate.resume': ({ jobId }, ctx) => resumeGenerateJob(services, jobId, (p) => ctx.emit('generate.progress', p)),
    'generate.cancel': ({ jobId }) => cancelGenerateJob(services, jobId),
    'generate.items': ({ jobId }) => generateJobItems(services, jobId),
    'generate.status': ({ jobId }) => generateJobStatus(services, jobId),
  };
}
