import type { Db } from '../db/open-database';

const KEY = 'models';

export interface ModelPreferences {
  /** The owner chose to see models whose licence forbids commercial use (hidden by default). */
  showNonCommercial: boolean;
}

const DEFAULTS: ModelPreferences = { showNonCommercial: false };

/** The owner's model-list choices, kept in the library's settings table; defaults where none is saved. */
export function readModelPreferences(db: Db): ModelPreferences {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(KEY);
  if (!row) return { ...DEFAULTS };
  try {
    const saved = JSON.parse(row.value) as Partial<ModelPreferences>;
    return { showNonCommercial: saved.showNonCommercial === true };
  } catch {
    return { ...DEFAULTS };
  }
}

export function writeModelPreferences(db: Db, prefs: ModelPreferences): ModelPreferences {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(prefs));
  return prefs;
}
