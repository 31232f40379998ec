export type HealthOutcome = { ok: true } | { ok: false; reason: 'timeout' | 'exited' };

/**
 * Polls GET /health until 200. Before the socket is bound the fetch is refused; while the model
 * loads the server answers 503. `exited` resolves when the process dies, which ends the wait at once.
 */
export async function waitForHealth(baseUrl: string, opts: { timeoutMs: number; intervalMs?: number; exited: Promise<unknown> }): Promise<HealthOutcome> {
  const deadline = Date.now() + opts.timeoutMs;
  const interval = opts.intervalMs ?? 20;
  let gone = false;
  const exitSeen = opts.exited.then(() => {
    gone = true;
  });
  while (!gone && Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return { ok: true };
    } catch {
      // refused or reset: the server is not listening yet (or is dying, which `exited` reports)
    }
    await Promise.race([new Promise((r) => setTimeout(r, interval)), exitSeen]);
  }
  return { ok: false, reason: gone ? 'exited' : 'timeout' };
}
