/** Wall and CPU time of one call. On a shared machine the CPU time shows what the code costs; the wall time, what a user waits. */
export interface Sample {
  wallMs: number;
  cpuMs: number;
}

export function timeCall(fn: () => unknown): Sample {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The load average over the last minute per core: above ~1 the wall times include waiting for a CPU. */
export function loadPerCore(loadavg: readonly number[], cores: number): number {
  return (loadavg[0] ?? 0) / Math.max(1, cores);
}
