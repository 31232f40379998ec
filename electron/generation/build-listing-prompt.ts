import { TONES, type GenerationOptions } from '../../shared/domain/generation-options';
import type { ListingLimits } from '../../shared/domain/listing-output';
import { PLATFORM_LIMITS } from '../../shared/domain/platform-limits';
import { wordBudget } from '../../shared/text/count-words';
import { buildVariantPrompt, type VariantPromptFacts } from './build-variant-prompt';

/**
 * The instructions. Facts come first so the copy can be held to them: the model lists what the
 * photos show, then writes only from that list, and parks doubts in "uncertain".
 */
export function buildSystemPrompt(): string {
  return [
    'You write product listings for an online shop from product photos. Answer with one JSON object.',
    'Step 1, "observed": only what the photos show: the object, its colours, its materials, and any text or logo readable in a photo, copied exactly.',
    'Step 2: write title, description, tags and attributes using only the observed facts. Do not invent sizes, measurements, brands, origins, features or uses you cannot see.',
    'Put every claim you are not sure of in "uncertain".',
    'attributes.brand: only a brand name that is readable in a photo and listed in observed.visibleText; otherwise null.',
    'Any attribute or observed fact the photos do not show: null (not visible). Never guess one. The condition is not yours to state: the shop owner sets it.',
    'Description: plain sentences, no markdown, no lists, no emoji.',
  ].join('\n');
}

/** With `variants` (a product with variant rows), the photos are described as the variants' and the copy is written for the group. */
export function buildUserPrompt(options: GenerationOptions, limits: ListingLimits, photoCount: number, variants?: VariantPromptFacts): string {
  const platform = PLATFORM_LIMITS[options.platform];
  const { min, max } = wordBudget(limits.wordTarget);
  return [
    `Platform: ${platform.label}.`,
    `Title: at most ${limits.titleMax} characters; the most important words first.`,
    `Description: ${limits.wordTarget} words (between ${min} and ${max} words).`,
    `Tags: at most ${limits.tagsMax}, each at most ${limits.tagMax} characters.`,
    `Tone: ${TONES[options.tone]}`,
    `Write title, description, tags and attributes in ${options.language}; write "observed" in English.`,
    ...(variants && variants.variants.length > 0
      ? [...buildVariantPrompt(variants, photoCount), photoCount === 1 ? 'One photo follows.' : `${photoCount} photos follow.`]
      : [photoCount === 1 ? 'One photo of the product follows.' : `${photoCount} photos of the same product follow.`]),
  ].join('\n');
}

/** The corrective re-ask: the count and the range, and the facts the description must stay within. */
export function buildReaskPrompt(facts: unknown, description: string, words: number, limits: ListingLimits, language: string): string {
  const { min, max } = wordBudget(limits.wordTarget);
  return [
    `Your description has ${words} words; it must have between ${min} and ${max} words.`,
    `Rewrite it in ${language} to ${limits.wordTarget} words, using only these observed facts: ${JSON.stringify(facts)}`,
    `Your description was: ${JSON.stringify(description)}`,
    'Answer with {"description": "..."} only.',
  ].join('\n');
}
