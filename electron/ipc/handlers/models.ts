import type { modelsRoutes } from '../../../shared/ipc/routes/models';
import type { Services } from '../services';
import { readModelPreferences, writeModelPreferences } from '../../models/model-preferences';
import type { DomainHandlers } from '../router';

export function modelsHandlers(services: Services): DomainHandlers<typeof modelsRoutes> {
  return {
    'models.catalog': () => ({ entries: services.models.catalog().entries, showNonCommercial: readModelPreferences(services.db).showNonCommercial }),
    'models.setShowNonCommercial': ({ show }) => writeModelPreferences(services.db, { ...readModelPreferences(services.db), showNonCommercial: show }),
    'models.recommend': async ({ includeNonCommercial }) => {
      const { recommendation, machine, gpu } = await services.models.recommend({ includeNonCommercial });
      return {
        entryId: recommendation.entry.id,
        runsOn: recommendation.runsOn,
        reason: recommendation.reason,
        memory: recommendation.memory,
        machine: { ...machine, gpuDeviceNames: gpu.deviceNames },
      };
    },
    'models.installed': () => services.models.installed(),
    'models.partialDownloads': () => services.models.partialDownloads(),
    'models.download': (input, ctx) => services.models.download(input, (progress) => ctx.emit('models.downloadProgress', progress)),
    'models.pauseDownload': (input) => services.models.pauseDownload(input),
    'models.cancelDownload': (input) => services.models.cancelDownload(input),
    'models.addLocal': (input) => services.models.addLocal(input),
  };
}
