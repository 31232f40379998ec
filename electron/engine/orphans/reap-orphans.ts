import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decideOrphan } from './decide-orphan';
import { readBootId, readProcessIdentity } from './read-process-identity';
import { parseServerRecord, type ServerRecord } from './server-record';
import { listServerRecordFiles } from './server-record-files';

export interface ReapOptions {
  /** How long an orphan gets to exit after SIGTERM before SIGKILL. */
  graceMs?: number;
  platform?: NodeJS.Platform;
}

export interface ReapResult {
  /** Pids of orphans that were stopped. */
  reaped: number[];
  /** Pids whose stale records were deleted without touching any process. */
  dropped: number[];
  /** Pids left running: a live owner uses them, or they could not be stopped. */
  kept: number[];
}

/**
 * Stops the llama-servers that earlier runs left behind when they died without cleaning up
 * (SIGKILL, a native crash, the OOM killer), as recorded in dir, and deletes stale records.
 * Only a process that is verifiably the recorded server, whose owner is gone, is ever signalled.
 * Never throws: every problem is a log line, and the engine starts regardless.
 */
export async function reapOrphanedServers(dir: string, log: (line: string) => void, opts: ReapOptions = {}): Promise<ReapResult> {
  const result: ReapResult = { reaped: [], dropped: [], kept: [] };
  let files: string[];
  try {
    files = await listServerRecordFiles(dir);
  } catch (err) {
    log(`could not look for orphaned llama-servers in ${dir}: ${(err as Error).message}`);
    return result;
  }
  for (const file of files) {
    try {
      await reapOne(file, log, opts, result);
    } catch (err) {
      log(`could not check ${path.basename(file)} for an orphaned llama-server: ${(err as Error).message}`);
    }
  }
  return result;
}

async function reapOne(file: string, log: (line: string) => void, opts: ReapOptions, result: ReapResult): Promise<void> {
  const platform = opts.platform ?? process.platform;
  const parsed = parseServerRecord(await fs.readFile(file, 'utf8'));
  if (!parsed.ok) {
    log(`removed unreadable record ${path.basename(file)}: ${parsed.reason}`);
    await fs.rm(file, { force: true });
    return;
  }
  const record = parsed.record;
  const [server, parent, bootId] = await Promise.all([
    readProcessIdentity(record.pid, platform),
    readProcessIdentity(record.parentPid, platform),
    readBootId(platform),
  ]);
  const verdict = decideOrphan(record, { server, parent, bootId, host: os.hostname(), platform });
  if (verdict.action === 'keep') {
    result.kept.push(record.pid);
    return;
  }
  if (verdict.action === 'drop') {
    log(`dropped the record of llama-server pid ${record.pid}: ${verdict.reason}`);
    await fs.rm(file, { force: true });
    result.dropped.push(record.pid);
    return;
  }
  const how = await stopOrphan(record, opts.graceMs ?? 3_000, platform);
  if (how === 'still running') {
    log(`orphaned llama-server pid ${record.pid} (port ${record.port}) did not stop after SIGKILL; will try again next start`);
    result.kept.push(record.pid);
    return;
  }
  const by = how === 'already gone' ? 'it exited on its own' : `stopped with ${how}`;
  log(`orphaned llama-server pid ${record.pid} (port ${record.port}, launched ${record.launchedAt}) ${by}: ${verdict.reason}`);
  await fs.rm(file, { force: true });
  result.reaped.push(record.pid);
}

/** SIGTERM, then SIGKILL after the grace period; the identity is checked again before each signal. */
async function stopOrphan(record: ServerRecord, graceMs: number, platform: NodeJS.Platform): Promise<'SIGTERM' | 'SIGKILL' | 'still running' | 'already gone'> {
  for (const [signal, waitMs] of [['SIGTERM', graceMs], ['SIGKILL', 2_000]] as const) {
    if (!(await isStillOurs(record, platform))) return signal === 'SIGTERM' ? 'already gone' : 'SIGTERM';
    process.kill(record.pid, signal);
    if (await waitUntilGone(record, platform, waitMs)) return signal;
  }
  return 'still running';
}

async function isStillOurs(record: ServerRecord, platform: NodeJS.Platform): Promise<boolean> {
  const now = await readProcessIdentity(record.pid, platform);
  return now.running && now.startTime === record.startTime;
}

async function waitUntilGone(record: ServerRecord, platform: NodeJS.Platform, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!(await isStillOurs(record, platform))) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
