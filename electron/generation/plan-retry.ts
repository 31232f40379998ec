import type { ErrorCode } from '../../shared/errors';
import type { Failure, FailureKind } from './classify-failure';

/** Where an attempt stands: what the next request would be sent with. */
export interface AttemptState {
  seed: number;
  budgetScale: number;
  imageCount: number;
  /** Attempts made so far, the failed one included. */
  attempts: number;
  /** Failures so far by kind, the current one included. */
  failures: Partial<Record<FailureKind, number>>;
}

export type RetryPlan =
  | { action: 'retry'; next: Pick<AttemptState, 'seed' | 'budgetScale' | 'imageCount'>; waitMs: number }
  | { action: 'fail'; code: ErrorCode; message: string };

export interface EndpointLabel {
  kind: 'local' | 'cloud';
  /** "the local model" or "the cloud model gpt-4.1-mini". */
  name: string;
}

/** How many retries each kind of failure gets. Bounded everywhere: a listing never loops. */
export const RETRY_LIMITS = {
  truncated: 1,
  unparsable: 2,
  rate_limited: 3,
  timeout: 1,
  server: 1,
  connection: 1,
  maxAttempts: 7,
  maxWaitMs: 60_000,
} as const;

const SEED_STEP = 7919;
const BUDGET_GROWTH = 2;
const TRANSIENT_WAIT_MS = 500;

export function planRetry(failure: Failure, state: AttemptState, endpoint: EndpointLabel): RetryPlan {
  const n = state.failures[failure.kind] ?? 1;
  const failed = (message: string, code: ErrorCode = endpoint.kind === 'local' ? 'engine_failed' : 'cloud_failed'): RetryPlan => ({
    action: 'fail',
    code,
    message,
  });
  const retry = (change: Partial<AttemptState>, waitMs = 0): RetryPlan =>
    state.attempts >= RETRY_LIMITS.maxAttempts
      ? failed(`${cap(endpoint.name)} failed ${state.attempts} times in a row (last: ${failure.detail}). Try again later.`)
      : { action: 'retry', next: { seed: state.seed, budgetScale: state.budgetScale, imageCount: state.imageCount, ...change }, waitMs };

  switch (failure.kind) {
    case 'truncated':
      return n <= RETRY_LIMITS.truncated
        ? retry({ budgetScale: state.budgetScale * BUDGET_GROWTH })
        : failed(`${cap(endpoint.name)} stopped before finishing the listing, even with room for a longer answer. Try a smaller word target or another model.`);
    case 'unparsable':
      return n <= RETRY_LIMITS.unparsable
        ? retry({ seed: state.seed + SEED_STEP })
        : failed(`${cap(endpoint.name)} gave ${n} answers that were not a valid listing (last: ${failure.detail}). Try again, or try another model.`);
    case 'context':
      return state.imageCount > 1
        ? retry({ imageCount: Math.max(1, Math.floor(state.imageCount / 2)) })
        : failed(`The request is too large for ${endpoint.name}'s context, even with one photo (${failure.detail}). Use a model with a larger context.`);
    case 'rate_limited': {
      const waitMs = failure.retryAfterMs ?? TRANSIENT_WAIT_MS * 2 ** n;
      if (n > RETRY_LIMITS.rate_limited || waitMs > RETRY_LIMITS.maxWaitMs) {
        return failed(`${cap(endpoint.name)} is rate-limiting requests${waitMs > RETRY_LIMITS.maxWaitMs ? ` and asked to wait ${Math.ceil(waitMs / 1000)} s` : ''}. Wait a minute and try again, or lower the queue's concurrency.`, 'cloud_rate_limited');
      }
      return retry({}, waitMs);
    }
    case 'timeout':
      return n <= RETRY_LIMITS.timeout
        ? retry({}, TRANSIENT_WAIT_MS)
        : failed(`${cap(endpoint.name)} did not answer in time, twice. Check the connection or try again later.`);
    case 'server':
      return n <= RETRY_LIMITS.server
        ? retry({ seed: state.seed + SEED_STEP }, TRANSIENT_WAIT_MS)
        : failed(`${cap(endpoint.name)} failed with a server error twice (${failure.detail}). Try again later.`);
    case 'connection':
      return n <= RETRY_LIMITS.connection
        ? retry({}, TRANSIENT_WAIT_MS)
        : failed(
            endpoint.kind === 'local'
              ? `Could not reach the local engine (${failure.detail}). Check the engine status and restart it.`
              : `Could not reach ${endpoint.name} (${failure.detail}). Check the internet connection and the base URL in Settings.`,
            endpoint.kind === 'local' ? 'engine_unavailable' : 'cloud_failed',
          );
    case 'auth':
      return failed(
        endpoint.kind === 'local'
          ? `The local engine refused the request (${failure.detail}). Restart the engine.`
          : `${cap(endpoint.name)} refused the API key (${failure.detail}). Enter a valid key in Settings.`,
        endpoint.kind === 'local' ? 'engine_failed' : 'cloud_auth',
      );
    case 'not_found':
      return failed(`${cap(endpoint.name)} was not found at this address (${failure.detail}). Check the base URL and model name in Settings.`);
    case 'no_vision':
      return failed(`${cap(endpoint.name)} cannot read images (${failure.detail}). Choose a vision model (for a local model, one with its mmproj file).`, 'model_invalid');
    case 'image_decode':
      return failed(`${cap(endpoint.name)} could not read a photo (${failure.detail}).`, 'corrupt_file');
    case 'aborted':
      return failed('Generation was cancelled.', 'cancelled');
    case 'bad_request':
      return failed(`${cap(endpoint.name)} rejected the request (${failure.detail}).`);
  }
}

/** The error for a failure that gets no retry, e.g. the one-shot Settings test: each kind's own sentence. */
export function describeFinalFailure(failure: Failure, endpoint: EndpointLabel): { code: ErrorCode; message: string } {
  const exhausted = { seed: 0, budgetScale: 1, imageCount: 1, attempts: RETRY_LIMITS.maxAttempts, failures: { [failure.kind]: Number.MAX_SAFE_INTEGER } };
  const plan = planRetry(failure, exhausted, endpoint);
  if (plan.action === 'fail') return plan;
  return { code: endpoint.kind === 'local' ? 'engine_failed' : 'cloud_failed', message: `${cap(endpoint.name)} failed (${failure.detail}).` };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
