import type { EngineError } from './classify-server-log';
import type { EngineState } from './engine-state';

export interface EngineStatus {
  state: EngineState;
  /** Absent before any model was started. */
  model?: string;
  mmproj?: string;
  pid?: number;
  gpuLayers?: number;
  totalLayers?: number;
  devices: string[];
  slots?: number;
  /** Context per slot, i.e. the longest single request. */
  contextSize?: number;
  vramBytes?: number;
  restarts: number;
  error?: EngineError;
}
