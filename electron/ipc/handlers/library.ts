import type { libraryRoutes } from '../../../shared/ipc/routes/library';
import type { Core } from '../../core/core';
import { importPhotos } from '../../photos/import-photos';
import type { DomainHandlers } from '../router';

export function libraryHandlers(core: Core): DomainHandlers<typeof libraryRoutes> {
  return {
    'library.import': (input, ctx) =>
      importPhotos(core.db, core.libraryDir, input.paths, {
        groupByName: input.groupByName,
        onProgress: (progress) => ctx.emit('library.importProgress', progress),
      }),
  };
}
