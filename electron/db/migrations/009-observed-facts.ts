import type { Migration } from './migration';

/**
 * What the model saw (its "observed" facts, JSON, null for drafts written before this or by a
 * person) and the claims the owner confirmed (JSON array of claim keys, e.g. "brand:nike",
 * "claim:12 oz"), kept with each draft so the checks can compare the copy with them after edits.
 * Revision snapshots are JSON and carry both from now on. Number 008 belongs to the OCR results.
 */
export const migration009: Migration = {
  version: 9,
  name: 'observed-facts',
  up: `
    ALTER TABLE drafts ADD COLUMN observed TEXT;                          -- JSON { object, colours, materials, visibleText } or NULL
    ALTER TABLE drafts ADD COLUMN confirmed TEXT NOT NULL DEFAULT '[]';   -- JSON string[] of confirmed claim keys
  `,
};
