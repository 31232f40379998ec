import type { productsRoutes } from '../../../shared/ipc/routes/products';
import type { Core } from '../../core/core';
import { deleteProducts } from '../../products/delete-products';
import { getPhotos } from '../../products/get-photos';
import { listProducts } from '../../products/list-products';
import { mergeProducts } from '../../products/merge-products';
import { splitProducts } from '../../products/split-products';
import type { DomainHandlers } from '../router';

export function productsHandlers(core: Core): DomainHandlers<typeof productsRoutes> {
  return {
    'products.list': (input) => listProducts(core.db, input),
    'products.photos': ({ productId }) => getPhotos(core.db, productId),
    'products.merge': ({ targetId, sourceIds }) => ({ productId: mergeProducts(core.db, targetId, sourceIds) }),
    'products.split': ({ productId, photoIds }) => ({ productIds: splitProducts(core.db, productId, photoIds) }),
    'products.delete': ({ productIds }) => deleteProducts(core.db, core.libraryDir, productIds),
  };
}
