import type { catalogRoutes } from '../../../shared/ipc/routes/catalog';
import { applyCatalog } from '../../product-import/apply-import';
import { previewCatalog } from '../../product-import/preview-import';
import type { Services } from '../services';
import type { DomainHandlers } from '../router';

export function catalogHandlers(services: Services): DomainHandlers<typeof catalogRoutes> {
  return {
    'catalog.preview': ({ path, mapping }) => previewCatalog(services.db, path, mapping),
    'catalog.apply': (input) => applyCatalog(services.db, input),
  };
}
