import { summariseBackendChoice } from './describe-backend-outcome';

export interface CpuRun {
  /** The llama-server to run on the CPU. */
  binary: string;
  /** Why not on a GPU, for the engine status; undefined when no GPU was tried and none is missing. */
  note?: string;
}

/**
 * Where the model runs once no GPU backend works (pure). The loadable-backend build computes on
 * the CPU with a generic variant from node-llama-cpp's package; the static build, compiled for this
 * processor (-march=native), is about 2× faster (bench/RESULTS.md: 123 ms vs 276 ms for the tiny
 * model's listing), so it runs instead when it is cached. The note says so: "No Vulkan device
 * found: using the CPU build".
 */
export function planCpuRun(reasons: readonly string[], binary: string, cpuBuild?: string): CpuRun {
  if (!cpuBuild) return { binary, note: summariseBackendChoice(reasons, 'CPU') };
  return { binary: cpuBuild, note: summariseBackendChoice(reasons.length > 0 ? reasons : ['No GPU backend is installed'], 'the CPU build') };
}
