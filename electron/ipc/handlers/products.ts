import type { productsRoutes } from '../../../shared/ipc/routes/products';
import type { Services } from '../services';
import { emptyTrash } from '../../products/empty-trash';
import { getPhotos } from '../../products/get-photos';
import { listProducts } from '../../products/list-products';
import { mergeProducts } from '../../products/merge-products';
import { previewMerge } from '../../products/preview-merge';
import { splitProducts } from '../../products/split-products';
import { restoreProducts, trashProducts } from '../../products/trash-products';
import { undoMerge } from '../../products/undo-merge';
import type { DomainHandlers } from '../router';

export function productsHandlers(services: Services): DomainHandlers<typeof productsRoutes> {
  return {
    'products.list': (input) => listProducts(services.db, input),
    'products.photos': ({ productId }) => getPhotos(services.db, productId),
    'products.mergePreview': ({ targetId, sourceIds }) => previewMerge(services.db, targetId, sourceIds),
    'products.merge': ({ targetId, sourceIds }) => mergeProducts(services.db, targetId, sourceIds),
    'products.unmerge': ({ mergeId }) => ({ productIds: undoMerge(services.db, mergeId) }),
    'products.split': ({ productId, photoIds }) => ({ productIds: splitProducts(services.db, productId, photoIds) }),
    'products.delete': ({ productIds }) => {
      const { count, missing } = trashProducts(services.db, productIds);
      return { trashed: count, missing };
    },
    'products.restore': ({ productIds }) => {
      const { count, missing } = restoreProducts(services.db, productIds);
      return { restored: count, missing };
    },
    'products.emptyTrash': async () => ({ deleted: await emptyTrash(services.db, services.libraryDir) }),
  };
}
