import { z } from 'zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { GoogleCategory } from '../categories/google-taxonomy';
import { withSchemaAndBudget } from './build-listing-request';
import type { GenerationLog } from './generation-log';
import type { ListingProvider } from './providers/listing-provider';
import { readReply } from './read-reply';

export interface CategoryChoiceInput {
  provider: ListingProvider;
  productId: number;
  /** The short list the app found in Google's taxonomy; the model may answer only one of these ids. */
  candidates: readonly GoogleCategory[];
  observed: string;
  title: string;
  category: string;
  seed: number;
  signal?: AbortSignal;
  log?: GenerationLog;
}

export interface CategoryChoice {
  /** One of the candidates' ids, or null when the model's answer could not be used. */
  id: string | null;
  usage: { promptTokens: number; completionTokens: number };
}

/**
 * One text-only request in which the model picks the product's Google category from the
 * candidates: the JSON schema's enum allows only their ids, so the answer is never free text. A
 * failed or unusable answer leaves the category unset (the editor's picker sets it) rather than
 * failing a listing that is otherwise written.
 */
export async function chooseGoogleCategory(input: CategoryChoiceInput): Promise<CategoryChoice> {
  const none = { id: null, usage: { promptTokens: 0, completionTokens: 0 } };
  if (input.candidates.length === 0) return none;
  const ids = input.candidates.map((c) => c.id);
  const schema = { type: 'object', properties: { categoryId: { type: 'string', enum: ids } }, required: ['categoryId'], additionalProperties: false };
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: 'You file products into Google’s product taxonomy. Answer with JSON only.' },
    { role: 'user', content: categoryPrompt(input) },
  ];
  const params = withSchemaAndBudget(input.provider.profile, messages, schema, 'google_product_category', input.seed, 1);
  const started = performance.now();
  try {
    const completion = await input.provider.call((client) => client.chat.completions.create(params, { signal: input.signal, timeout: input.provider.timeoutMs }));
    const usage = { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
    const reply = readReply(completion, z.object({ categoryId: z.enum(ids as [string, ...string[]]) }));
    log(input, started, reply.ok ? 'category_ok' : 'category_unusable', reply.ok ? undefined : reply.failure.detail);
    return { id: reply.ok ? reply.value.categoryId : null, usage };
  } catch (err) {
    if (input.signal?.aborted) throw err;
    log(input, started, 'category_failed', input.provider.redact((err as Error).message ?? String(err)));
    return none;
  }
}

function categoryPrompt(input: CategoryChoiceInput): string {
  return [
    `Product seen in the photos: ${input.observed || '(not stated)'}`,
    `Listing title: ${input.title}`,
    input.category ? `Shop category words: ${input.category}` : '',
    'Choose the one Google product category that fits this product best:',
    ...input.candidates.map((c) => `${c.id}: ${c.path}`),
    'Answer {"categoryId": "<id>"} with one of the ids above.',
  ].filter(Boolean).join('\n');
}

function log(input: CategoryChoiceInput, started: number, outcome: string, detail?: string): void {
  input.log?.write({
    productId: input.productId,
    endpoint: input.provider.profile.kind,
    model: input.provider.profile.model,
    attempt: 1,
    outcome,
    ms: Math.round(performance.now() - started),
    ...(detail !== undefined && { detail }),
  });
}
