import type { exportRoutes } from '../../../shared/ipc/routes/export';
import { loadGoogleTaxonomy } from '../../categories/load-google-taxonomy';
import { lintExport } from '../../export/lint-export';
import type { DomainHandlers } from '../router';
import type { Services } from '../services';

export function exportHandlers(services: Services): DomainHandlers<typeof exportRoutes> {
  return {
    'export.lint': (input) => lintExport(services.db, input, { taxonomy: loadGoogleTaxonomy(services.resourcesDir) }),
    'export.run': (input, ctx) => services.exports.run(input, (progress) => ctx.emit('export.progress', progress)),
    'export.cancel': ({ jobId }) => ({ cancelled: services.exports.cancel(jobId) }),
  };
}
