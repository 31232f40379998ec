import type OpenAI from 'openai';
import type { RequestProfile } from '../build-listing-request';
import type { EndpointLabel } from '../plan-retry';

/**
 * One OpenAI-compatible endpoint the pipeline can write listings with: the supervised local
 * llama-server or a cloud API. Both go through the openai SDK with maxRetries 0; the pipeline
 * does its own bounded retries.
 */
export interface ListingProvider {
  readonly profile: RequestProfile;
  readonly endpoint: EndpointLabel;
  /** Per-request limit; a hang becomes a timeout failure. */
  readonly timeoutMs: number;
  /** The long edge of the JPEG sent per photo, or undefined to send the model-input rendition as is. */
  imageEdge(imageCount: number): number | undefined;
  /** Runs one call with this endpoint's client. */
  call<T>(fn: (client: OpenAI) => Promise<T>): Promise<T>;
  /** Replaces this endpoint's secrets in text bound for a log, an error or the renderer. */
  redact(text: string): string;
  /**
   * Whether the endpoint can serve at all right now: a local engine that is up, restarting after
   * a crash, or down for good with its reason. Absent for a cloud API, which has no such state.
   */
  availability?(): EngineAvailability;
}

export type EngineAvailability = { state: 'up' } | { state: 'restarting' } | { state: 'down'; reason: string };
