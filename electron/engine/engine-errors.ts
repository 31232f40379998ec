import OpenAI from 'openai';
import type { EngineError } from '../../shared/domain/engine';

/** Thrown to callers when the engine cannot serve; `engineError` holds the classification. */
export class EngineUnavailableError extends Error {
  constructor(
    message: string,
    readonly engineError?: EngineError,
  ) {
    super(message);
    this.name = 'EngineUnavailableError';
  }
}

/** The SDK's connection failure, or a bare fetch's (TypeError "fetch failed", or a reset socket). */
export function isConnectionError(err: unknown): boolean {
  if (err instanceof OpenAI.APIConnectionError) return true;
  if (err instanceof TypeError && /fetch failed/i.test(err.message)) return true;
  const code = (err as { code?: unknown; cause?: { code?: unknown } } | undefined)?.cause?.code ?? (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|EPIPE|UND_ERR_SOCKET)$/.test(code);
}
