import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AppError } from '../../shared/errors';
import { classifyError, type Failure } from './classify-failure';

/**
 * Reduces whatever one SDK call threw to a classified failure. An engine that cannot serve at
 * all (stopped, crashed for good) is not retried here: the supervisor already did.
 */
export function toFailure(err: unknown, redact: (text: string) => string): Failure {
  if (err instanceof AppError) throw err;
  if (err instanceof Error && err.name === 'EngineUnavailableError') throw new AppError('engine_unavailable', err.message);
  if (err instanceof APIUserAbortError || (err instanceof Error && err.name === 'AbortError')) {
    return classifyError({ message: 'cancelled', aborted: true });
  }
  if (err instanceof APIConnectionTimeoutError) return classifyError({ message: redact(err.message), timedOut: true });
  if (err instanceof APIConnectionError) return classifyError({ message: redact(describeCause(err)), connection: true });
  if (err instanceof APIError) {
    return classifyError({ status: err.status, message: redact(err.message), headers: headerRecord(err.headers) });
  }
  // A 200 whose body is not JSON surfaces as a parse error from the SDK.
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'unparsable', detail: redact(`the endpoint's reply was not JSON (${message.slice(0, 120)})`) };
}

function describeCause(err: APIConnectionError): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? err.message;
}

function headerRecord(headers: Headers | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  headers?.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}
