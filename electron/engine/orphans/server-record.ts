import { z } from 'zod';

/**
 * What a launch leaves in <library>/engine/ while its llama-server runs, so that a later start can
 * tell an orphan (its app was SIGKILLed or crashed natively) from a server another live process
 * (the CLI beside the app) still uses, and from an unrelated process that got the pid since.
 */
export const serverRecordSchema = z.object({
  version: z.literal(1),
  pid: z.number().int().positive(),
  /** The real path of the binary that was spawned. */
  binary: z.string().min(1),
  port: z.number().int().positive(),
  /** See ProcessIdentity.startTime; absent when the OS would not say, and then the record is never reaped. */
  startTime: z.string().optional(),
  /** The process that launched it (the app or the CLI) and when that process started. */
  parentPid: z.number().int().positive(),
  parentStartTime: z.string().optional(),
  /** Linux boot id: after a reboot no old pid can be ours. */
  bootId: z.string().optional(),
  /** A library on a shared drive may be opened from another computer, whose pids mean nothing here. */
  host: z.string(),
  launchedAt: z.string(),
});

export type ServerRecord = z.infer<typeof serverRecordSchema>;

const FILE_PATTERN = /^llama-server-(\d+)\.json$/;

/** One file per launch (not one per library), so the app and the CLI never overwrite each other's record. */
export function serverRecordFileName(pid: number): string {
  return `llama-server-${pid}.json`;
}

export function isServerRecordFileName(name: string): boolean {
  return FILE_PATTERN.test(name);
}

/** The record in a file's text, or an error saying what is wrong with it. */
export function parseServerRecord(text: string): { ok: true; record: ServerRecord } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `not JSON (${(err as Error).message})` };
  }
  const parsed = serverRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
  return { ok: true, record: parsed.data };
}
