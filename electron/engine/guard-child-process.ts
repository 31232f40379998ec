const FATAL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Makes sure a spawned server dies with us: on process exit and on SIGINT/SIGTERM/SIGHUP the
 * child gets SIGKILL (no time to wait for a graceful stop). When ours was the last handler for a
 * signal, the signal is raised again so the process still ends the way it would have.
 * Returns a release function for when the child has exited normally.
 */
export function guardChildProcess(pid: number): () => void {
  const kill = () => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone: nothing to clean up
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const release = () => {
    process.off('exit', kill);
    for (const s of FATAL_SIGNALS) process.off(s, onSignal);
  };
  process.on('exit', kill);
  for (const s of FATAL_SIGNALS) process.on(s, onSignal);
  return release;
}
