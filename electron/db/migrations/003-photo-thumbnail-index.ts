import type { Migration } from './migration';

/**
 * The product grid reads each product's first photo's sha256. With sha256 in the index the
 * lookup never touches the photos table; the old index is a prefix of this one, so it goes.
 */
export const migration003: Migration = {
  version: 3,
  name: 'photo-thumbnail-index',
  up: `
    CREATE INDEX photos_by_product_position ON photos(product_id, position, sha256);
    DROP INDEX photos_by_product;
  `,
};
