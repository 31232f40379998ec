import { EngineUnavailableError } from '../engine-errors';
import { EngineSupervisor, type SupervisorOptions } from '../engine-supervisor';
import { describeBackendOutcome, outcomeOfListing, summariseBackendChoice, type BackendOutcome } from './describe-backend-outcome';
import { backendLabel, type BackendCandidate } from './discover-backends';
import { listBackendDevices } from './list-backend-devices';
import { planCpuRun } from './plan-cpu-run';
import { probeOneToken } from './probe-one-token';

export interface BackendStartHooks {
  /** Each supervisor as it is tried, so the caller can stop the one that runs. */
  onAttempt?: (supervisor: EngineSupervisor, backend: BackendCandidate | 'cpu') => void;
  /** True once the caller asked to stop: no further backend is tried. */
  cancelled?: () => boolean;
  /**
   * How long the one-token probe may take. The first computation on a Vulkan device compiles its
   * shader pipelines: seconds on a GPU, but over a minute on lavapipe with a cold shader cache.
   */
  probeTimeoutMs?: number;
}

const DEFAULT_PROBE_TIMEOUT_MS = 120_000;

/** How one started server went: on its GPU and computing, or on the CPU although the library loaded. */
async function judge(supervisor: EngineSupervisor, probeTimeoutMs: number): Promise<BackendOutcome> {
  const status = supervisor.status();
  if ((status.gpuLayers ?? 0) === 0) return status.devices.length > 0 ? { kind: 'no_layers', devices: status.devices } : { kind: 'no_device' };
  const probe = await probeOneToken(supervisor.baseURL!, supervisor.apiKey!, probeTimeoutMs);
  return probe.ok ? { kind: 'ok' } : { kind: 'probe_failed', reason: probe.reason };
}

async function startOn(opts: Omit<SupervisorOptions, 'backend' | 'computeNote'>, candidate: BackendCandidate, hooks: BackendStartHooks) {
  const supervisor = new EngineSupervisor({ ...opts, backend: candidate });
  hooks.onAttempt?.(supervisor, candidate);
  try {
    await supervisor.start();
    return { supervisor, outcome: await judge(supervisor, hooks.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS) };
  } catch (err) {
    if (!(err instanceof EngineUnavailableError)) throw err;
    return { supervisor, outcome: { kind: 'failed_to_start', error: err.engineError } satisfies BackendOutcome };
  }
}

/**
 * Starts a backend-DL llama-server on the best GPU backend that works here, else on the CPU:
 * 1. asks each staged backend, best first, which devices it sees (`--list-devices`, no model),
 *    passing over a library that cannot load or crashes and one that sees no device;
 * 2. starts the server on the first with a device, and keeps it when layers went to that device
 *    and a one-token probe answers; a crash or out-of-memory while loading moves on instead of
 *    failing the start;
 * 3. runs on the CPU when none is left. The status carries the reason
 *    ("Vulkan device found but out of memory: using CPU"). When the last GPU tried loaded the
 *    model on the CPU (too little free device memory for any layer), that server is kept: it
 *    already runs correctly.
 * With `cpuBuild` (the cached static build, see locateLlamaServer) the CPU run in step 3 uses it
 * instead, the faster CPU code for this processor (see plan-cpu-run.ts), also in place of a server
 * that loaded the model on the CPU.
 */
export async function startWithBestBackend(
  { cpuBuild, ...opts }: Omit<SupervisorOptions, 'backend' | 'computeNote'> & { cpuBuild?: string },
  candidates: readonly BackendCandidate[],
  hooks: BackendStartHooks = {},
): Promise<EngineSupervisor> {
  const reasons: string[] = [];
  const withDevices: BackendCandidate[] = [];
  if (opts.gpuLayers === 0 && candidates.length > 0) reasons.push('GPU layers are set to 0 in Settings');
  else {
    for (const candidate of candidates) {
      const outcome = outcomeOfListing(await listBackendDevices(opts.binary, candidate.library, opts.serverEnv));
      if (outcome.kind === 'ok') withDevices.push(candidate);
      else reasons.push(describeBackendOutcome(candidate, outcome)!);
    }
  }
  for (const [i, candidate] of withDevices.entries()) {
    const { supervisor, outcome } = await startOn(opts, candidate, hooks);
    if (hooks.cancelled?.()) {
      await supervisor.stop();
      throw new EngineUnavailableError('The engine was stopped before it was ready.');
    }
    const reason = describeBackendOutcome(candidate, outcome);
    if (!reason) {
      const note = summariseBackendChoice(reasons, backendLabel(candidate.name));
      if (note) supervisor.setComputeNote(note);
      return supervisor;
    }
    reasons.push(reason);
    if (outcome.kind === 'no_layers' && !withDevices[i + 1] && !cpuBuild) {
      supervisor.setComputeNote(summariseBackendChoice(reasons, 'CPU')!);
      return supervisor;
    }
    await supervisor.stop();
  }
  const run = planCpuRun(reasons, opts.binary, cpuBuild);
  const cpu = new EngineSupervisor({ ...opts, binary: run.binary, backend: 'cpu', computeNote: run.note });
  hooks.onAttempt?.(cpu, 'cpu');
  await cpu.start();
  return cpu;
}
