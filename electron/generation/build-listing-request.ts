import type {
  ChatCompletionContentPart,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { GenerationOptions } from '../../shared/domain/generation-options';
import {
  descriptionJsonSchema,
  listingJsonSchema,
  withoutLengthBounds,
  worstCaseJsonChars,
  type ListingLimits,
} from '../../shared/domain/listing-output';
import type { LocalSampling } from '../../shared/domain/local-sampling';
import { buildReaskPrompt, buildSystemPrompt, buildUserPrompt } from './build-listing-prompt';
import type { VariantPromptFacts } from './build-variant-prompt';

/** What differs between the local engine and a cloud endpoint when building a request. */
export interface RequestProfile {
  kind: 'local' | 'cloud';
  model: string;
  /** OpenAI's image detail; 'low' keeps a cloud image at a small fixed token cost. */
  imageDetail?: 'low' | 'high' | 'auto';
  /** Upper bound of output tokens per JSON character (1 for a byte-level model). */
  tokensPerChar: number;
  /** Strict cloud endpoints may reject length keywords; the prompt and fitListingToLimits carry the limits instead. */
  stripLengthBounds: boolean;
  /** The local model's own settings from the catalog (sampling, chat_template_kwargs); they override the defaults. */
  sampling?: LocalSampling;
}

export interface ModelImage {
  /** A data:image/jpeg;base64 URL: never a file or http URL, never WebP or HEIC. */
  dataUrl: string;
}

/** Sampling with some variety, so a retry with another seed can give another answer. */
const TEMPERATURE = 0.3;
/** Reasoning models spend hidden tokens before the answer; give them room on top of the answer. */
const REASONING_ALLOWANCE = 4000;

export function isReasoningModel(model: string): boolean {
  return /^(o\d|gpt-5)/i.test(model);
}

/** max_tokens for a schema: its longest possible JSON, scaled up after a truncated answer. */
export function budgetMaxTokens(schema: Record<string, unknown>, tokensPerChar: number, scale = 1): number {
  return Math.ceil(worstCaseJsonChars(schema) * tokensPerChar * scale) + 16;
}

export interface ListingRequestInput {
  profile: RequestProfile;
  options: GenerationOptions;
  limits: ListingLimits;
  images: readonly ModelImage[];
  seed: number;
  /** 1 on the first try; larger after finish_reason 'length'. */
  budgetScale?: number;
  /** A product with variants: which variant each leading image shows, and the group rule. */
  variants?: VariantPromptFacts;
}

export function buildListingRequest(input: ListingRequestInput): ChatCompletionCreateParamsNonStreaming {
  const { profile, options, limits, images } = input;
  const content: ChatCompletionContentPart[] = [
    { type: 'text', text: buildUserPrompt(options, limits, images.length, input.variants) },
    ...images.map(
      (image): ChatCompletionContentPart => ({
        type: 'image_url',
        image_url: profile.imageDetail ? { url: image.dataUrl, detail: profile.imageDetail } : { url: image.dataUrl },
      }),
    ),
  ];
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: buildSystemPrompt() },
    { role: 'user', content },
  ];
  return withSchemaAndBudget(profile, messages, listingJsonSchema(limits), 'listing', input.seed, input.budgetScale ?? 1);
}

export interface ReaskInput {
  profile: RequestProfile;
  limits: ListingLimits;
  language: string;
  facts: unknown;
  description: string;
  words: number;
  seed: number;
  budgetScale?: number;
}

/** The one corrective re-ask: text only, description only, so it is cheap and fits any context. */
export function buildReaskRequest(input: ReaskInput): ChatCompletionCreateParamsNonStreaming {
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: buildSystemPrompt() },
    { role: 'user', content: buildReaskPrompt(input.facts, input.description, input.words, input.limits, input.language) },
  ];
  return withSchemaAndBudget(input.profile, messages, descriptionJsonSchema(input.limits), 'listing_description', input.seed, input.budgetScale ?? 1);
}

/** The request around a schema: its token budget, and its length keywords dropped where the endpoint refuses them. */
export function withSchemaAndBudget(
  profile: RequestProfile,
  messages: ChatCompletionMessageParam[],
  schema: Record<string, unknown>,
  name: string,
  seed: number,
  budgetScale: number,
): ChatCompletionCreateParamsNonStreaming {
  const maxTokens = budgetMaxTokens(schema, profile.tokensPerChar, budgetScale);
  const sent = profile.stripLengthBounds ? withoutLengthBounds(schema) : schema;
  const base: ChatCompletionCreateParamsNonStreaming = {
    model: profile.model,
    messages,
    response_format: { type: 'json_schema', json_schema: { name, schema: sent, strict: true } },
    seed,
  };
  if (isReasoningModel(profile.model)) return { ...base, max_completion_tokens: maxTokens + REASONING_ALLOWANCE };
  // llama-server reads top_k, presence_penalty and chat_template_kwargs from the body; the SDK sends it as given.
  return { ...base, max_tokens: maxTokens, temperature: TEMPERATURE, ...profile.sampling } as ChatCompletionCreateParamsNonStreaming;
}
