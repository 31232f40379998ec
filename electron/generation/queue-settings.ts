import { z } from 'zod';
import type { Db } from '../db/open-database';

const SETTINGS_KEY = 'queue';

/**
 * How bulk generation uses the queue: how many listings run at once with a cloud model and how long
 * one may take. The local engine's concurrency is its slot count, not a setting. Read when a job
 * chooses its provider (providers/choose-provider.ts).
 */
export const queueSettingsSchema = z.object({
  /** Listings written at once with a cloud model: higher is faster until the provider rate-limits. */
  cloudConcurrency: z.number().int().min(1).max(32).default(4),
  /** One product may take this long, retries included, before it is stopped and marked failed. */
  localItemTimeoutSeconds: z.number().int().min(10).max(7200).default(900),
  cloudItemTimeoutSeconds: z.number().int().min(10).max(3600).default(300),
});
export type QueueSettings = z.output<typeof queueSettingsSchema>;

export function readQueueSettings(db: Db): QueueSettings {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY);
  const parsed = queueSettingsSchema.safeParse(row ? (JSON.parse(row.value) as unknown) : {});
  return parsed.success ? parsed.data : queueSettingsSchema.parse({});
}

export function writeQueueSettings(db: Db, settings: Partial<QueueSettings>): QueueSettings {
  const valid = queueSettingsSchema.parse({ ...readQueueSettings(db), ...settings });
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(SETTINGS_KEY, JSON.stringify(valid));
  return valid;
}
