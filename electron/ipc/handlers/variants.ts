import type { variantsRoutes } from '../../../shared/ipc/routes/variants';
import { requireProducts } from '../../products/require-products';
import { makeVariants } from '../../variants/make-variants';
import { readProductVariants } from '../../variants/read-variants';
import { rejoinVariant } from '../../variants/rejoin-variant';
import { splitVariant } from '../../variants/split-variant';
import { updateVariants } from '../../variants/update-variants';
import type { Services } from '../services';
import type { DomainHandlers } from '../router';

export function variantsHandlers(services: Services): DomainHandlers<typeof variantsRoutes> {
  return {
    'variants.get': ({ productId }) => {
      requireProducts(services.db, [productId]);
      return readProductVariants(services.db, productId);
    },
    'variants.make': ({ productIds }) => makeVariants(services.db, productIds),
    'variants.split': ({ variantId }) => splitVariant(services.db, variantId),
    'variants.rejoin': ({ splitId }) => rejoinVariant(services.db, splitId),
    'variants.update': ({ productId, optionNames, variants }) => updateVariants(services.db, productId, optionNames, variants),
  };
}
