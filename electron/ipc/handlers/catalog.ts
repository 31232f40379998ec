import type { GoogleTaxonomy } from '../../categories/google-taxonomy';
import { loadGoogleTaxonomy } from '../../categories/load-google-taxonomy';
import type { catalogRoutes } from '../../../shared/ipc/routes/catalog';
import { applyCatalog } from '../../product-import/apply-import';
import { previewCatalog } from '../../product-import/preview-import';
import type { Services } from '../services';
import type { DomainHandlers } from '../router';

export function catalogHandlers(services: Services): DomainHandlers<typeof catalogRoutes> {
  // WooCommerce files carry the Google category as its path; the taxonomy tells it is the product's own.
  let taxonomy: GoogleTaxonomy | undefined;
  const categories = () => (taxonomy ??= loadGoogleTaxonomy(services.resourcesDir));
  return {
    'catalog.preview': ({ path, mapping }) => previewCatalog(services.db, path, mapping, categories()),
    'catalog.apply': (input) => applyCatalog(services.db, input, categories()),
  };
}
