import type { Migration } from './migration';

/**
 * What the crash-safe queue needs beyond 001: which process holds a running item (so a restart can
 * tell a dead owner from a live one), how long each item took (the ETA survives a restart), the
 * draft revision an item committed, and at most one item per product in a job.
 */
export const migration002: Migration = {
  version: 2,
  name: 'queue-leases',
  up: `
    ALTER TABLE job_items ADD COLUMN runner TEXT;      -- "host:pid" of the process running it
    ALTER TABLE job_items ADD COLUMN started_at TEXT;
    ALTER TABLE job_items ADD COLUMN seconds REAL;     -- how long the finished item took
    ALTER TABLE job_items ADD COLUMN revision INTEGER; -- the draft revision this item committed
    CREATE UNIQUE INDEX job_items_one_per_product ON job_items(job_id, product_id);
    CREATE INDEX jobs_by_kind_state ON jobs(kind, state);
  `,
};
