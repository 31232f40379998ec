import type { ProcessIdentity } from './read-process-identity';
import type { ServerRecord } from './server-record';

export type OrphanVerdict =
  /** Verifiably our llama-server and its app is gone: stop it. */
  | { action: 'reap'; reason: string }
  /** The record is stale (server gone, or the pid now belongs to something else): delete the file, touch no process. */
  | { action: 'drop'; reason: string }
  /** A live app or CLI owns it, or it belongs to another computer: leave both the file and the process alone. */
  | { action: 'keep'; reason: string };

export interface OrphanFacts {
  server: ProcessIdentity;
  parent: ProcessIdentity;
  host: string;
  bootId?: string;
  /** Windows paths compare case-insensitively. */
  platform: NodeJS.Platform;
}

/**
 * Whether a recorded llama-server is an orphan to stop. The process must prove it is ours (same
 * executable, same start time); anything unknown counts against killing it.
 */
export function decideOrphan(record: ServerRecord, facts: OrphanFacts): OrphanVerdict {
  if (record.host !== facts.host) return { action: 'keep', reason: `it was started on another computer (${record.host})` };
  if (record.bootId && facts.bootId && record.bootId !== facts.bootId) return { action: 'drop', reason: 'the computer has restarted since' };
  const server = facts.server;
  if (!server.running) return { action: 'drop', reason: 'it is no longer running' };
  if (!server.executable) return { action: 'drop', reason: 'its executable cannot be read, so it cannot be confirmed as ours' };
  if (!samePath(server.executable, record.binary, facts.platform)) {
    return { action: 'drop', reason: `pid ${record.pid} now belongs to another program (${server.executable})` };
  }
  if (!record.startTime || !server.startTime) return { action: 'drop', reason: 'its start time cannot be read, so it cannot be confirmed as ours' };
  if (record.startTime !== server.startTime) return { action: 'drop', reason: `pid ${record.pid} now belongs to a later llama-server` };
  if (isParentAlive(record, facts.parent)) return { action: 'keep', reason: `its owner (pid ${record.parentPid}) is still running` };
  return { action: 'reap', reason: `its owner (pid ${record.parentPid}) is gone` };
}

/** A parent whose start time cannot be compared counts as alive: keeping a server is safe, killing a used one is not. */
function isParentAlive(record: ServerRecord, parent: ProcessIdentity): boolean {
  if (!parent.running) return false;
  if (!record.parentStartTime || !parent.startTime) return true;
  return record.parentStartTime === parent.startTime;
}

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
