/**
 * Turns one failed attempt (an HTTP error, a timeout, or a 200 whose answer is unusable) into a
 * kind the retry plan understands. Pure: the glue reduces SDK errors to AttemptError first.
 */
export type FailureKind =
  | 'truncated'
  | 'unparsable'
  | 'image_decode'
  | 'no_vision'
  | 'context'
  | 'rate_limited'
  | 'auth'
  | 'timeout'
  | 'server'
  | 'connection'
  | 'bad_request'
  | 'not_found'
  | 'aborted';

export interface Failure {
  kind: FailureKind;
  /** The endpoint's own words, already stripped of secrets, for the log and the final message. */
  detail: string;
  /** For rate_limited: how long the endpoint asked us to wait. */
  retryAfterMs?: number;
}

export interface AttemptError {
  status?: number;
  message: string;
  headers?: Readonly<Record<string, string | undefined>>;
  timedOut?: boolean;
  aborted?: boolean;
  /** No HTTP answer at all (refused, reset, DNS). */
  connection?: boolean;
}

export function classifyError(err: AttemptError, now: number = Date.now()): Failure {
  const detail = err.message;
  const m = err.message.toLowerCase();
  if (err.aborted) return { kind: 'aborted', detail };
  if (err.timedOut) return { kind: 'timeout', detail };
  if (err.connection || err.status === undefined) return { kind: 'connection', detail };
  const status = err.status;
  if (status === 401 || status === 403) return { kind: 'auth', detail };
  if (status === 404) return { kind: 'not_found', detail };
  if (status === 429) return { kind: 'rate_limited', detail, retryAfterMs: parseRetryAfter(err.headers ?? {}, now) };
  if (m.includes('exceed_context_size') || m.includes('exceeds the available context') || m.includes('context_length_exceeded') || m.includes('maximum context length')) {
    return { kind: 'context', detail };
  }
  if (m.includes('does not match the expected peg') || (m.includes('failed to parse') && status >= 500)) return { kind: 'unparsable', detail };
  if (m.includes('image input is not supported')) return { kind: 'no_vision', detail };
  if (status === 400 && (m.includes('failed to load image') || m.includes('invalid uri format') || (m.includes('image') && m.includes('decode')))) {
    return { kind: 'image_decode', detail };
  }
  if (status >= 500) return { kind: 'server', detail };
  return { kind: 'bad_request', detail };
}

/** Retry-After in seconds or as an HTTP date, or OpenAI's retry-after-ms; undefined when absent or unreadable. */
export function parseRetryAfter(headers: Readonly<Record<string, string | undefined>>, now: number): number | undefined {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
  const value = headers['retry-after']?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
