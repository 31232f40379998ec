import type { shopRoutes } from '../../../shared/ipc/routes/shop';
import type { Services } from '../services';
import { readShopProfile, writeShopProfile } from '../../shop/shop-profile-store';
import type { DomainHandlers } from '../router';

export function shopHandlers(services: Services): DomainHandlers<typeof shopRoutes> {
  return {
    'shop.get': () => readShopProfile(services.db),
    'shop.set': ({ profile }) => writeShopProfile(services.db, profile),
  };
}
