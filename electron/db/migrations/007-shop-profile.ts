import type { Migration } from './migration';

/**
 * The shop profile (one row: the shop's storefronts, currency, defaults for condition, eBay and
 * Etsy), and an index that answers "was this product already exported to this target?", now that
 * a product exported to one storefront is still to be exported to the others.
 */
export const migration007: Migration = {
  version: 7,
  name: 'shop-profile',
  up: `
    CREATE TABLE shop_profile (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      profile     TEXT NOT NULL,               -- JSON, shared/domain/shop-profile.ts
      updated_at  TEXT NOT NULL
    );
    CREATE INDEX exports_by_target_product ON exports(target, product_id);
  `,
};
