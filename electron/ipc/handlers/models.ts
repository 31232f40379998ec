import type { modelsRoutes } from '../../../shared/ipc/routes/models';
import type { Core } from '../../core/core';
import { readModelPreferences, writeModelPreferences } from '../../models/model-preferences';
import type { DomainHandlers } from '../router';

export function modelsHandlers(core: Core): DomainHandlers<typeof modelsRoutes> {
  return {
    'models.catalog': () => ({ entries: core.models.catalog().entries, showNonCommercial: readModelPreferences(core.db).showNonCommercial }),
    'models.setShowNonCommercial': ({ show }) => writeModelPreferences(core.db, { ...readModelPreferences(core.db), showNonCommercial: show }),
    'models.recommend': async ({ includeNonCommercial }) => {
      const { recommendation, machine, gpu } = await core.models.recommend({ includeNonCommercial });
      return {
        entryId: recommendation.entry.id,
        runsOn: recommendation.runsOn,
        reason: recommendation.reason,
        memory: recommendation.memory,
        machine: { ...machine, gpuDeviceNames: gpu.deviceNames },
      };
    },
    'models.installed': () => core.models.installed(),
    'models.partialDownloads': () => core.models.partialDownloads(),
    'models.download': (input, ctx) => core.models.download(input, (progress) => ctx.emit('models.downloadProgress', progress)),
    'models.pauseDownload': (input) => core.models.pauseDownload(input),
    'models.cancelDownload': (input) => core.models.cancelDownload(input),
    'models.addLocal': (input) => core.models.addLocal(input),
  };
}
