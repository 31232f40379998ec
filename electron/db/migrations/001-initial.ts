import type { Migration } from './migration';

/** Products, their ordered photos, one current draft each with its revisions, and the job queue. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE products (
      id          INTEGER PRIMARY KEY,
      group_key   TEXT,                 -- file-name stem the photos were grouped by, if any
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    );

    CREATE TABLE photos (
      id             INTEGER PRIMARY KEY,
      product_id     INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
      position       INTEGER NOT NULL,   -- 0-based order within the product
      sha256         TEXT NOT NULL UNIQUE, -- content address of the original bytes
      original_name  TEXT NOT NULL,
      format         TEXT NOT NULL,      -- jpeg, png, webp, avif, tiff, gif, heic
      width          INTEGER NOT NULL,   -- after EXIF orientation
      height         INTEGER NOT NULL,
      bytes          INTEGER NOT NULL,
      palette        TEXT NOT NULL DEFAULT '[]', -- JSON [{ "hex": "#aabbcc", "share": 0.42 }], product pixels only
      created_at     TEXT NOT NULL
    );
    CREATE INDEX photos_by_product ON photos(product_id, position);

    CREATE TABLE drafts (
      product_id   INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
      title        TEXT NOT NULL DEFAULT '',
      description  TEXT NOT NULL DEFAULT '',
      tags         TEXT NOT NULL DEFAULT '[]',  -- JSON string[]
      attributes   TEXT NOT NULL DEFAULT '{}',  -- JSON { category, color, material, brand, condition, … }
      price        TEXT,                        -- decimal string "15.00", never a float
      sku          TEXT,
      status       TEXT NOT NULL DEFAULT 'new'
                   CHECK (status IN ('new', 'draft', 'flagged', 'approved', 'exported')),
      flags        TEXT NOT NULL DEFAULT '[]',  -- JSON [{ "code": "word_count", "reason": "…" }]
      revision     INTEGER NOT NULL DEFAULT 0,  -- number of the latest revision
      updated_at   TEXT NOT NULL
    );
    CREATE INDEX drafts_by_status ON drafts(status);
    CREATE INDEX drafts_by_sku ON drafts(sku);

    -- Every save of a draft is a revision: a full snapshot, so any one can be restored.
    CREATE TABLE revisions (
      id          INTEGER PRIMARY KEY,
      product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
      revision    INTEGER NOT NULL,
      snapshot    TEXT NOT NULL,               -- JSON of the draft's editable fields and status
      source      TEXT NOT NULL,               -- edit, generate, restore, import, export
      created_at  TEXT NOT NULL,
      UNIQUE (product_id, revision)
    );

    -- Where and when each draft was exported.
    CREATE TABLE exports (
      id           INTEGER PRIMARY KEY,
      product_id   INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
      target       TEXT NOT NULL,              -- shopify, woocommerce, ebay, google, etsy, generic
      file         TEXT NOT NULL,
      exported_at  TEXT NOT NULL
    );
    CREATE INDEX exports_by_product ON exports(product_id);

    -- The bulk queue: a job and one item per product, so a restart resumes where it stopped.
    CREATE TABLE jobs (
      id          INTEGER PRIMARY KEY,
      kind        TEXT NOT NULL,               -- generate, export, download
      state       TEXT NOT NULL
                  CHECK (state IN ('queued', 'running', 'paused', 'done', 'failed', 'cancelled')),
      params      TEXT NOT NULL DEFAULT '{}',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    );

    CREATE TABLE job_items (
      id          INTEGER PRIMARY KEY,
      job_id      INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      product_id  INTEGER REFERENCES products(id) ON DELETE CASCADE,
      state       TEXT NOT NULL
                  CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
      attempts    INTEGER NOT NULL DEFAULT 0,
      error       TEXT,
      lease_until TEXT,                        -- a running item whose lease lapsed is pending again
      updated_at  TEXT NOT NULL
    );
    CREATE INDEX job_items_by_job ON job_items(job_id, state);

    CREATE TABLE settings (
      key    TEXT PRIMARY KEY,
      value  TEXT NOT NULL                     -- JSON
    );
  `,
};
