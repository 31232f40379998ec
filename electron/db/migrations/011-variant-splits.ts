import type { Migration } from './migration';

/**
 * Splitting a variant back out into a product of its own, with undo ("rejoin"): each split keeps
 * the variant's row as it was and where its photos sat, so rejoining puts it back exactly. The
 * record goes with either product when that product is deleted for good.
 *
 * Merges that made variants also keep the options and variants as the merge left them
 * (variants_after), so undoing the merge is refused, changing nothing, once the owner edited
 * those variants: undoing would otherwise lose that work.
 */
export const migration011: Migration = {
  version: 11,
  name: 'variant-splits',
  up: `
    CREATE TABLE variant_splits (
      id                 INTEGER PRIMARY KEY,
      product_id         INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,  -- the product the variant left
      new_product_id     INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,  -- the product it became
      variant            TEXT NOT NULL,   -- JSON of the variants row before the split
      photo_places       TEXT NOT NULL,   -- JSON [[photo id, position], …]: every photo of the product before
      product_updated_at TEXT NOT NULL,   -- products.updated_at of the product before
      created_at         TEXT NOT NULL    -- also the updated time the split gave both products
    );
    CREATE INDEX variant_splits_by_product ON variant_splits(product_id);
    CREATE INDEX variant_splits_by_new_product ON variant_splits(new_product_id);

    ALTER TABLE merges ADD COLUMN variants_after TEXT;  -- the target's options and variants as the merge left them (variants-snapshot.ts)
  `,
};
