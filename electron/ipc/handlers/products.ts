import type { productsRoutes } from '../../../shared/ipc/routes/products';
import type { Services } from '../services';
import { deleteProducts } from '../../products/delete-products';
import { getPhotos } from '../../products/get-photos';
import { listProducts } from '../../products/list-products';
import { mergeProducts } from '../../products/merge-products';
import { splitProducts } from '../../products/split-products';
import type { DomainHandlers } from '../router';

export function productsHandlers(services: Services): DomainHandlers<typeof productsRoutes> {
  return {
    'products.list': (input) => listProducts(services.db, input),
    'products.photos': ({ productId }) => getPhotos(services.db, productId),
    'products.merge': ({ targetId, sourceIds }) => ({ productId: mergeProducts(services.db, targetId, sourceIds) }),
    'products.split': ({ productId, photoIds }) => ({ productIds: splitProducts(services.db, productId, photoIds) }),
    'products.delete': ({ productIds }) => deleteProducts(services.db, services.libraryDir, productIds),
  };
}
