import type { productsRoutes } from '../../../shared/ipc/routes/products';
import type { Core } from '../../core/core';
import { emptyTrash } from '../../products/empty-trash';
import { getPhotos } from '../../products/get-photos';
import { listProducts } from '../../products/list-products';
import { mergeProducts } from '../../products/merge-products';
import { previewMerge } from '../../products/preview-merge';
import { splitProducts } from '../../products/split-products';
import { restoreProducts, trashProducts } from '../../products/trash-products';
import { undoMerge } from '../../products/undo-merge';
import type { DomainHandlers } from '../router';

export function productsHandlers(core: Core): DomainHandlers<typeof productsRoutes> {
  return {
    'products.list': (input) => listProducts(core.db, input),
    'products.photos': ({ productId }) => getPhotos(core.db, productId),
    'products.mergePreview': ({ targetId, sourceIds }) => previewMerge(core.db, targetId, sourceIds),
    'products.merge': ({ targetId, sourceIds }) => mergeProducts(core.db, targetId, sourceIds),
    'products.unmerge': ({ mergeId }) => ({ productIds: undoMerge(core.db, mergeId) }),
    'products.split': ({ productId, photoIds }) => ({ productIds: splitProducts(core.db, productId, photoIds) }),
    'products.delete': ({ productIds }) => {
      const { count, missing } = trashProducts(core.db, productIds);
      return { trashed: count, missing };
    },
    'products.restore': ({ productIds }) => {
      const { count, missing } = restoreProducts(core.db, productIds);
      return { restored: count, missing };
    },
    'products.emptyTrash': async () => ({ deleted: await emptyTrash(core.db, core.libraryDir) }),
  };
}
