import { generationSettingsSchema, type GenerationSettings } from '../../shared/domain/generation-options';
import type { Db } from '../db/open-database';

const SETTINGS_KEY = 'generation';

/** The saved generation settings, with defaults for anything missing or no longer valid. */
export function readGenerationSettings(db: Db): GenerationSettings {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY);
  const saved = row ? (JSON.parse(row.value) as unknown) : {};
  const parsed = generationSettingsSchema.safeParse(saved);
  return parsed.success ? parsed.data : generationSettingsSchema.parse({});
}

export function writeGenerationSettings(db: Db, settings: GenerationSettings): GenerationSettings {
  const valid = generationSettingsSchema.parse(settings);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(SETTINGS_KEY, JSON.stringify(valid));
  return valid;
}
