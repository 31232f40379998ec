import crypto from 'node:crypto';
import os from 'node:os';

/** Who holds a running item: "host:pid:token". The token tells runners within one process apart. */
export interface RunnerSelf {
  host: string;
  pid: number;
  /** Tokens of the runners alive in this process right now. */
  activeTokens: ReadonlySet<string>;
}

export function newRunnerId(host = os.hostname(), pid = process.pid): { id: string; token: string } {
  const token = crypto.randomBytes(6).toString('hex');
  return { id: `${host}:${pid}:${token}`, token };
}

/**
 * Decides whether the runner that holds an item can still finish it. A runner on another host is
 * trusted until its lease lapses; on this host, a dead pid means it was killed (the crash case);
 * in this process, only a runner still registered counts.
 */
export function isRunnerAlive(runner: string | null, self: RunnerSelf, pidAlive: (pid: number) => boolean = isPidAlive): boolean {
  if (!runner) return false;
  const parts = runner.split(':');
  const token = parts.pop() ?? '';
  const pid = Number(parts.pop());
  const host = parts.join(':');
  if (host !== self.host) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === self.pid) return self.activeTokens.has(token);
  return pidAlive(pid);
}

function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the pid exists but belongs to someone else, which still means it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
