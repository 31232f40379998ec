import type { appRoutes } from '../../../shared/ipc/routes/app';
import type { Core } from '../../core/core';
import { schemaVersion } from '../../db/open-database';
import type { DomainHandlers } from '../router';

export function appHandlers(core: Core): DomainHandlers<typeof appRoutes> {
  return {
    'app.info': () => ({ version: core.version, libraryDir: core.libraryDir, schemaVersion: schemaVersion(core.db) }),
  };
}
