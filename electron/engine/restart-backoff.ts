export interface RestartPolicy {
  /** Restarts allowed within windowMs before the engine stays crashed. */
  maxRestarts: number;
  windowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 3, windowMs: 60_000, baseDelayMs: 250, maxDelayMs: 8_000 };

/**
 * How long to wait before restarting after a crash, or undefined to give up. Only crashes inside
 * the window count, so an engine that ran fine for a while gets a fresh allowance.
 */
export function planRestart(crashTimes: readonly number[], now: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): number | undefined {
  const recent = crashTimes.filter((t) => now - t <= policy.windowMs).length;
  if (recent === 0 || recent > policy.maxRestarts) return undefined;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (recent - 1));
}
