import OpenAI from 'openai';
import { chooseCloudImageEdge } from '../cost/estimate-cost';
import { redactSecret } from '../../secrets/redact-secret';
import type { ListingProvider } from './listing-provider';

export interface CloudEndpoint {
  /** e.g. https://api.openai.com/v1, or any OpenAI-compatible server's /v1. */
  baseURL: string;
  model: string;
  apiKey: string;
}

export interface CloudProviderOptions {
  timeoutMs?: number;
}

/** A cloud model answers in seconds; a minute without an answer is a hang. */
const CLOUD_TIMEOUT_MS = 60_000;
/** Real tokenizers spend well under one token per two JSON characters. */
const CLOUD_TOKENS_PER_CHAR = 0.5;

/** OpenAI or any OpenAI-compatible endpoint, with small low-detail images to keep image tokens down. */
export function createCloudProvider(endpoint: CloudEndpoint, opts: CloudProviderOptions = {}): ListingProvider {
  const timeoutMs = opts.timeoutMs ?? CLOUD_TIMEOUT_MS;
  const client = new OpenAI({ baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, maxRetries: 0, timeout: timeoutMs });
  return {
    profile: { kind: 'cloud', model: endpoint.model, imageDetail: 'low', tokensPerChar: CLOUD_TOKENS_PER_CHAR, stripLengthBounds: true },
    endpoint: { kind: 'cloud', name: `the cloud model ${endpoint.model}` },
    timeoutMs,
    imageEdge: (imageCount) => chooseCloudImageEdge(endpoint.model, imageCount),
    call: (fn) => fn(client),
    redact: (text) => redactSecret(text, endpoint.apiKey),
  };
}
