import type { EngineStatusData } from '../../../shared/domain/engine';

/** "1.2 GB", "840 MB": sizes as a shop owner reads them (decimal units, like download pages). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${bytes} bytes`;
}

const BACKEND_NAMES = { cuda: 'CUDA', vulkan: 'Vulkan', metal: 'Metal' } as const;

/** One line about the local engine: what it is doing and, once ready, where the model runs. */
export function describeEngine(s: EngineStatusData): { tone: 'idle' | 'busy' | 'ok' | 'bad'; label: string; note?: string } {
  switch (s.state) {
    case 'idle':
    case 'stopped':
      return { tone: 'idle', label: 'Not running' };
    case 'stopping':
      return { tone: 'busy', label: 'Stopping…' };
    case 'starting':
      return { tone: 'busy', label: s.restarts > 0 ? `Restarting (attempt ${s.restarts + 1})…` : 'Starting… loading the model' };
    case 'crashed':
      return { tone: 'bad', label: `Stopped: ${s.error?.message ?? 'the engine exited unexpectedly.'}` };
    case 'ready': {
      const parts = ['Ready'];
      if (s.compute && s.compute.backend !== 'cpu') parts.push(BACKEND_NAMES[s.compute.backend]);
      if (s.gpuLayers !== undefined) {
        parts.push(s.gpuLayers > 0 ? `${s.gpuLayers}${s.totalLayers ? ` of ${s.totalLayers}` : ''} GPU layers` : 'running on the processor (0 GPU layers)');
      }
      if (s.slots) parts.push(`${s.slots} at a time`);
      // Why a GPU that was tried is not used ("Vulkan device found but out of memory: using CPU").
      return s.compute?.note ? { tone: 'ok', label: parts.join(' · '), note: s.compute.note } : { tone: 'ok', label: parts.join(' · ') };
    }
  }
}
