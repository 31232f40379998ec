import path from 'node:path';
import { openRotatingLog } from '../logging/rotating-log';

export interface GenerationLogEntry {
  productId: number;
  endpoint: 'local' | 'cloud';
  model: string;
  attempt: number;
  outcome: string;
  ms: number;
  detail?: string;
  promptTokens?: number;
  completionTokens?: number;
}

export interface GenerationLog {
  write(entry: GenerationLogEntry): void;
}

/**
 * <library>/logs/generation.log: one JSON line per request, so a failed listing can be traced.
 * Callers pass text through the provider's redact() first; no prompt, image or key is written.
 */
export function openGenerationLog(libraryDir: string): GenerationLog {
  const log = openRotatingLog(path.join(libraryDir, 'logs', 'generation.log'), { maxBytes: 2 * 1024 * 1024, keep: 2 });
  return { write: (entry) => log.write(JSON.stringify({ at: new Date().toISOString(), ...entry })) };
}
