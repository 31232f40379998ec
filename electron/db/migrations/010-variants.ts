import type { Migration } from './migration';

/**
 * Variants: one product sold in several colours or sizes. The product keeps its one draft (title,
 * description, tags written once for the group) and names its options (products.option_names, up
 * to three, e.g. ["Color", "Size"]); each variant row holds its values for those options, in the
 * same order, and its own SKU, price, barcode and quantity. A photo belongs to the product as
 * before and, when it shows one variant, names it (photos.variant_id).
 *
 * A variant made by "Make variants of one product" records the merge that made it (merge_id), so
 * undoing that merge removes it with the merge; merges also keep the target's option names before.
 */
export const migration010: Migration = {
  version: 10,
  name: 'variants',
  up: `
    CREATE TABLE variants (
      id             INTEGER PRIMARY KEY,
      product_id     INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
      position       INTEGER NOT NULL,             -- 0-based order within the product
      option_values  TEXT NOT NULL DEFAULT '[]',   -- JSON string[], aligned with products.option_names
      value_sources  TEXT NOT NULL DEFAULT '[]',   -- JSON, aligned: name, measured, owner, import
      sku            TEXT,
      price          TEXT,                         -- decimal string; NULL: the product's price
      barcode        TEXT,
      quantity       TEXT,                         -- whole number as text; NULL: not tracked
      merge_id       INTEGER REFERENCES merges(id) ON DELETE CASCADE,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    );
    CREATE INDEX variants_by_product ON variants(product_id, position);
    CREATE INDEX variants_by_sku ON variants(sku) WHERE sku IS NOT NULL;

    ALTER TABLE products ADD COLUMN option_names TEXT NOT NULL DEFAULT '[]';  -- JSON string[], at most 3
    ALTER TABLE photos ADD COLUMN variant_id INTEGER REFERENCES variants(id) ON DELETE SET NULL;
    CREATE INDEX photos_by_variant ON photos(variant_id) WHERE variant_id IS NOT NULL;
    ALTER TABLE merges ADD COLUMN target_option_names TEXT;                   -- JSON, the target's before
  `,
};
