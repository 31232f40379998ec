import type { GoogleTaxonomy } from '../categories/google-taxonomy';
import type { ExportPhase } from '../../shared/domain/export';

export interface ExportHooks {
  onProgress?: (phase: ExportPhase, done: number, total: number) => void;
  signal?: AbortSignal;
  /** Google's product taxonomy, to write category paths and check category ids; loaded by the caller once. */
  taxonomy?: GoogleTaxonomy;
}

/** How many listings pass between progress events and breaks for the event loop. */
export const PROGRESS_EVERY = 250;

/** Lets other IPC calls run during a long export; the reader connection keeps its place. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
