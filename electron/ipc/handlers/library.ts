import type { libraryRoutes } from '../../../shared/ipc/routes/library';
import type { Services } from '../services';
import { importPhotos } from '../../photos/import-photos';
import type { DomainHandlers } from '../router';

export function libraryHandlers(services: Services): DomainHandlers<typeof libraryRoutes> {
  return {
    'library.import': async (input, ctx) => {
      // Label reading waits while photos come in, then reads the new ones in the background.
      const result = await services.evidence.holdWhile(() =>
        importPhotos(services.db, services.libraryDir, input.paths, {
          groupByName: input.groupByName,
          onProgress: (progress) => ctx.emit('library.importProgress', progress),
        }),
      );
      services.evidence.wake();
      return result;
    },
  };
}
