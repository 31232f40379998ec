import type { Migration } from './migration';

/**
 * What the app read from each photo itself, offline: the label text (OCR) and the barcodes. One
 * row per photo once it was read (or failed to be: `error` says why); a photo without a row is
 * still to be read, so the queue of unread photos survives a restart.
 */
export const migration008: Migration = {
  version: 8,
  name: 'photo-evidence',
  up: `
    CREATE TABLE photo_evidence (
      photo_id   INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
      ocr_text   TEXT NOT NULL DEFAULT '',
      ocr_words  TEXT NOT NULL DEFAULT '[]',   -- JSON string[], the words read, in reading order
      barcodes   TEXT NOT NULL DEFAULT '[]',   -- JSON [{ "format": "EAN13", "text": "…", "valid": true }]
      read_at    TEXT NOT NULL,
      error      TEXT                          -- why the read failed, in words; NULL when it worked
    );
  `,
};
