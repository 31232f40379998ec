import type { appRoutes } from '../../../shared/ipc/routes/app';
import type { Services } from '../services';
import { schemaVersion } from '../../db/open-database';
import type { DomainHandlers } from '../router';

export function appHandlers(services: Services): DomainHandlers<typeof appRoutes> {
  return {
    'app.info': () => ({ version: services.version, libraryDir: services.libraryDir, schemaVersion: schemaVersion(services.db) }),
  };
}
