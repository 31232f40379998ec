import type OpenAI from 'openai';
import type { LocalSampling } from '../../../shared/domain/local-sampling';
import type { EngineAvailability, ListingProvider } from './listing-provider';

/** The part of EngineSupervisor the pipeline uses: a ready client, retried once after a crash. */
export interface LocalEngine {
  request<T>(fn: (client: OpenAI) => Promise<T>): Promise<T>;
  availability?(): EngineAvailability;
}

export interface LocalProviderOptions {
  /** A CPU listing can take minutes with a real model; the tiny test model answers in under a second. */
  timeoutMs?: number;
  /** The running model's catalog settings, added to every request body. */
  sampling?: LocalSampling;
}

/** The supervised llama-server. Its key is per-launch and held by the supervisor, never here. */
export function createLocalProvider(engine: LocalEngine, opts: LocalProviderOptions = {}): ListingProvider {
  return {
    // llama-server ignores the model name; the grammar holds every string to maxLength.
    profile: { kind: 'local', model: 'local', tokensPerChar: 1, stripLengthBounds: false, sampling: opts.sampling },
    endpoint: { kind: 'local', name: 'the local model' },
    timeoutMs: opts.timeoutMs ?? 600_000,
    imageEdge: () => undefined,
    call: (fn) => engine.request(fn),
    redact: (text) => text,
    availability: engine.availability ? () => engine.availability!() : undefined,
  };
}
