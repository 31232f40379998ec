import type { ExportPhase } from '../../../shared/domain/export';

export interface ExportProgressCounts {
  phase: ExportPhase;
  done: number;
  total: number;
}

const PHASE_WORDS: Record<ExportPhase, string> = { lint: 'Checking listings', write: 'Writing the file' };

/**
 * "Writing the file: 250 of 600" and the bar's fraction. Before the first event (they come every
 * 250 listings) there is nothing to count yet: the bar runs without a value.
 */
export function describeExportProgress(progress: ExportProgressCounts | null): { label: string; fraction: number | null } {
  if (!progress) return { label: 'Starting…', fraction: null };
  const { phase, done, total } = progress;
  return { label: `${PHASE_WORDS[phase]}: ${done} of ${total}`, fraction: total === 0 ? 1 : Math.min(1, done / total) };
}
