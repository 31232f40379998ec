import type { Migration } from './migration';

/**
 * Nothing the owner made is deleted at once any more. A deleted product goes to the Trash
 * (deleted_at) for 30 days; a product merged away stays, hidden, under the merge that absorbed it
 * (merge_id), with its draft and revisions, and each merge keeps where every photo was and the
 * target's draft before it, so the merge can be undone exactly.
 */
export const migration004: Migration = {
  version: 4,
  name: 'trash-and-merge-undo',
  up: `
    CREATE TABLE merges (
      id                INTEGER PRIMARY KEY,
      target_id         INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
      target_draft      TEXT,              -- JSON of the target's drafts row before, NULL when it had none
      target_updated_at TEXT NOT NULL,     -- products.updated_at of the target before
      revision_after    INTEGER NOT NULL,  -- the target's draft revision the merge left; a later one blocks undo
      created_at        TEXT NOT NULL
    );
    CREATE INDEX merges_by_target ON merges(target_id);

    -- Where each photo of the target and the sources was before the merge.
    CREATE TABLE merge_photos (
      merge_id    INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
      photo_id    INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
      product_id  INTEGER NOT NULL,
      position    INTEGER NOT NULL,
      PRIMARY KEY (merge_id, photo_id)
    );

    ALTER TABLE products ADD COLUMN deleted_at TEXT;  -- in the Trash since; NULL while in the library
    -- The merge that absorbed this product; deleting the merged product for good takes it along.
    ALTER TABLE products ADD COLUMN merge_id INTEGER REFERENCES merges(id) ON DELETE CASCADE;
    CREATE INDEX products_in_trash ON products(deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX products_by_merge ON products(merge_id) WHERE merge_id IS NOT NULL;
  `,
};
