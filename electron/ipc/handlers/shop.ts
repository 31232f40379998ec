import type { shopRoutes } from '../../../shared/ipc/routes/shop';
import type { Core } from '../../core/core';
import { readShopProfile, writeShopProfile } from '../../shop/shop-profile-store';
import type { DomainHandlers } from '../router';

export function shopHandlers(core: Core): DomainHandlers<typeof shopRoutes> {
  return {
    'shop.get': () => readShopProfile(core.db),
    'shop.set': ({ profile }) => writeShopProfile(core.db, profile),
  };
}
