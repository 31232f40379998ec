import type { EngineStatusData } from '../../shared/domain/engine';

export type { EngineCompute } from '../../shared/domain/engine';

/** The status the window sees, plus the process id, which never leaves the main process. */
export interface EngineStatus extends EngineStatusData {
  pid?: number;
}
