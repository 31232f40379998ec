import type { catalogRoutes } from '../../../shared/ipc/routes/catalog';
import { applyCatalog } from '../../product-import/apply-import';
import { previewCatalog } from '../../product-import/preview-import';
import type { Core } from '../../core/core';
import type { DomainHandlers } from '../router';

export function catalogHandlers(core: Core): DomainHandlers<typeof catalogRoutes> {
  return {
    'catalog.preview': ({ path, mapping }) => previewCatalog(core.db, path, mapping),
    'catalog.apply': (input) => applyCatalog(core.db, input),
  };
}
