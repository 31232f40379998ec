import type { EngineError } from './classify-server-log';
import type { EngineState } from './engine-state';

/** Where the model computes, and why not on a GPU when one was tried. */
export interface EngineCompute {
  backend: 'cpu' | 'cuda' | 'vulkan' | 'metal';
  /** e.g. "Vulkan device found but out of memory: using CPU". */
  note?: string;
}

export interface EngineStatus {
  state: EngineState;
  /** Absent before any model was started. */
  model?: string;
  mmproj?: string;
  pid?: number;
  gpuLayers?: number;
  totalLayers?: number;
  devices: string[];
  /** Absent for a static build, which has no backend to choose. */
  compute?: EngineCompute;
  slots?: number;
  /** Context per slot, i.e. the longest single request. */
  contextSize?: number;
  vramBytes?: number;
  restarts: number;
  error?: EngineError;
}
