import type { libraryRoutes } from '../../../shared/ipc/routes/library';
import type { Services } from '../services';
import { importPhotos } from '../../photos/import-photos';
import type { DomainHandlers } from '../router';

export function libraryHandlers(services: Services): DomainHandlers<typeof libraryRoutes> {
  return {
    'library.import': (input, ctx) =>
      importPhotos(services.db, services.libraryDir, input.paths, {
        groupByName: input.groupByName,
        onProgress: (progress) => ctx.emit('library.importProgress', progress),
      }),
  };
}
