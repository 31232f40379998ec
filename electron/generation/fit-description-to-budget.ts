import { descriptionOutputSchema, type ListingLimits, type ListingOutput } from '../../shared/domain/listing-output';
import { AppError } from '../../shared/errors';
import { countWords, wordBudget } from '../../shared/text/count-words';
import { buildReaskRequest } from './build-listing-request';
import type { GenerationLog } from './generation-log';
import type { ListingProvider } from './providers/listing-provider';
import { runAttempts } from './run-attempts';

export interface BudgetInput {
  provider: ListingProvider;
  log?: GenerationLog;
  signal?: AbortSignal;
  productId: number;
  listing: ListingOutput;
  limits: ListingLimits;
  language: string;
  seed: number;
}

export interface BudgetResult {
  description: string;
  /** Requests the re-ask took (0 when the first description was already within budget). */
  attempts: number;
  usage: { promptTokens: number; completionTokens: number };
}

/**
 * Holds the description to its word budget (target ±10 %) with one corrective re-ask that tells
 * the model its count and the range. The better of the two descriptions is kept; if neither
 * fits, the caller flags it. A failed re-ask keeps the first description: the listing still saves.
 */
export async function fitDescriptionToBudget(input: BudgetInput): Promise<BudgetResult> {
  const first = input.listing.description;
  const words = countWords(first);
  const { min, max } = wordBudget(input.limits.wordTarget);
  const none = { promptTokens: 0, completionTokens: 0 };
  if (words >= min && words <= max) return { description: first, attempts: 0, usage: none };
  let sent = 0;
  const spent = { promptTokens: 0, completionTokens: 0 };
  try {
    const reask = await runAttempts({
      provider: input.provider,
      productId: input.productId,
      signal: input.signal,
      log: input.log,
      schema: descriptionOutputSchema(input.limits),
      start: { seed: input.seed + 1, budgetScale: 1, imageCount: 0 },
      build: (knobs) =>
        buildReaskRequest({
          profile: input.provider.profile,
          limits: input.limits,
          language: input.language,
          facts: input.listing.observed,
          description: first,
          words,
          seed: knobs.seed,
          budgetScale: knobs.budgetScale,
        }),
      onAttempt: (used) => {
        sent++;
        spent.promptTokens += used.promptTokens;
        spent.completionTokens += used.completionTokens;
      },
    });
    const second = reask.value.description.trim();
    const better = distance(countWords(second), input.limits.wordTarget) < distance(words, input.limits.wordTarget) ? second : first;
    return { description: better, attempts: reask.attempts, usage: reask.usage };
  } catch (err) {
    if (err instanceof AppError && err.code !== 'cancelled') {
      input.log?.write({
        productId: input.productId,
        endpoint: input.provider.profile.kind,
        model: input.provider.profile.model,
        attempt: 0,
        outcome: 'reask_failed',
        ms: 0,
        detail: input.provider.redact(err.message),
      });
      return { description: first, attempts: sent, usage: spent };
    }
    throw err;
  }
}

function distance(words: number, target: number): number {
  return Math.abs(words - target);
}
