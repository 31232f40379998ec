import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Failure } from './classify-failure';
import type { GenerationLog } from './generation-log';
import { planRetry, type AttemptState } from './plan-retry';
import type { ListingProvider } from './providers/listing-provider';
import { readReply } from './read-reply';
import { toFailure } from './to-attempt-error';

export type RequestKnobs = Pick<AttemptState, 'seed' | 'budgetScale' | 'imageCount'>;

export interface AttemptsInput<T> {
  provider: ListingProvider;
  productId: number;
  build(knobs: RequestKnobs): ChatCompletionCreateParamsNonStreaming;
  schema: z.ZodType<T>;
  start: RequestKnobs;
  signal?: AbortSignal;
  log?: GenerationLog;
  /** Called once per request answered or failed, with the tokens it used (none for an HTTP error). */
  onAttempt?(usage: { promptTokens: number; completionTokens: number }): void;
  /** Turns the model's "cannot read an image" into an error that names the photo. */
  describeImageFailure?(failure: Failure): Promise<AppError>;
}

export interface AttemptsResult<T> {
  value: T;
  knobs: RequestKnobs;
  attempts: number;
  /** Requests that carried images: each costs image tokens. */
  imageRequests: number;
  /** Summed over every request, failed ones too: they were all paid for. */
  usage: { promptTokens: number; completionTokens: number };
}

/** Sends one request and retries it by the plan until it yields a valid answer or a clear error. */
export async function runAttempts<T>(input: AttemptsInput<T>): Promise<AttemptsResult<T>> {
  const { provider } = input;
  const usage = { promptTokens: 0, completionTokens: 0 };
  const failures: AttemptState['failures'] = {};
  let knobs = input.start;
  let imageRequests = 0;
  for (let attempt = 1; ; attempt++) {
    throwIfCancelled(input.signal);
    const params = input.build(knobs);
    if (hasImages(params)) imageRequests++;
    const started = performance.now();
    let failure: Failure;
    try {
      const completion = await provider.call((client) => client.chat.completions.create(params, { signal: input.signal, timeout: provider.timeoutMs }));
      const used = { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
      usage.promptTokens += used.promptTokens;
      usage.completionTokens += used.completionTokens;
      input.onAttempt?.(used);
      const reply = readReply(completion, input.schema);
      logAttempt(input, attempt, started, reply.ok ? 'ok' : reply.failure.kind, reply.ok ? undefined : reply.failure.detail, completion.usage);
      if (reply.ok) return { value: reply.value, knobs, attempts: attempt, imageRequests, usage };
      failure = reply.failure;
    } catch (err) {
      input.onAttempt?.({ promptTokens: 0, completionTokens: 0 });
      failure = toFailure(err, provider.redact);
      logAttempt(input, attempt, started, failure.kind, failure.detail);
    }
    failures[failure.kind] = (failures[failure.kind] ?? 0) + 1;
    const plan = planRetry(failure, { ...knobs, attempts: attempt, failures }, provider.endpoint);
    if (plan.action === 'fail') {
      if (failure.kind === 'image_decode' && input.describeImageFailure) throw await input.describeImageFailure(failure);
      // Unprefixed: a job names the product beside the reason (title, else SKU), the editor has it open.
      throw new AppError(plan.code, provider.redact(plan.message));
    }
    await sleep(plan.waitMs, input.signal);
    knobs = plan.next;
  }
}

function hasImages(params: ChatCompletionCreateParamsNonStreaming): boolean {
  return params.messages.some((m) => Array.isArray(m.content) && m.content.some((part) => part.type === 'image_url'));
}

function logAttempt<T>(
  input: AttemptsInput<T>,
  attempt: number,
  started: number,
  outcome: string,
  detail?: string,
  usage?: { prompt_tokens?: number; completion_tokens?: number },
): void {
  input.log?.write({
    productId: input.productId,
    endpoint: input.provider.profile.kind,
    model: input.provider.profile.model,
    attempt,
    outcome,
    ms: Math.round(performance.now() - started),
    detail: detail === undefined ? undefined : input.provider.redact(detail),
    promptTokens: usage?.prompt_tokens,
    completionTokens: usage?.completion_tokens,
  });
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled', 'Generation was cancelled.');
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AppError('cancelled', 'Generation was cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
