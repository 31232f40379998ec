import type { DraftFields } from '../../shared/domain/draft';
import { TONES, type GenerationOptions } from '../../shared/domain/generation-options';
import type { ListingLimits } from '../../shared/domain/listing-output';
import { PLATFORM_LIMITS } from '../../shared/domain/platform-limits';
import { wordBudget } from '../../shared/text/count-words';
import { buildVariantPrompt, type VariantPromptFacts } from './build-variant-prompt';

/** The fields the model can rewrite one at a time; price and SKU are the shop owner's alone. */
export const REGENERABLE_FIELDS = ['title', 'description', 'tags', 'attributes'] as const;
export type RegenerableField = (typeof REGENERABLE_FIELDS)[number];

export type ListingText = Pick<DraftFields, RegenerableField>;

/**
 * The instructions for rewriting one field. The rest of the listing is context the new field must
 * agree with, so a new title fits the description a person already approved of.
 */
export function buildFieldSystemPrompt(): string {
  return [
    "You rewrite one field of a product listing for an online shop, from the product photos and the listing's other fields. Answer with one JSON object that holds only that field.",
    'Use only what the photos show and what the other fields say. Do not invent sizes, measurements, brands, origins, features or uses you cannot see.',
    'The new field must agree with the other fields: the same product, colours and materials.',
    'attributes.brand: only a brand name readable in a photo or already named in the listing; otherwise null.',
    'Any attribute or observed fact the photos do not show: null (not visible). Never guess one. The condition is not yours to state: the shop owner sets it.',
    'Description: plain sentences, no markdown, no lists, no emoji.',
  ].join('\n');
}

export function buildFieldUserPrompt(field: RegenerableField, current: ListingText, options: GenerationOptions, limits: ListingLimits, photoCount: number, variants?: VariantPromptFacts): string {
  const others = REGENERABLE_FIELDS.filter((f) => f !== field);
  return [
    `Platform: ${PLATFORM_LIMITS[options.platform].label}.`,
    `Rewrite the ${field}. ${describeFieldRule(field, limits)}`,
    `Tone: ${TONES[options.tone]}`,
    `Write it in ${options.language}.`,
    "The listing's other fields, which stay as they are:",
    ...others.map((f) => `${LABELS[f]}: ${showValue(current[f])}`),
    `The current ${field}, which you replace: ${showValue(current[field])}`,
    ...(variants && variants.variants.length > 0
      ? [...buildVariantPrompt(variants, photoCount), photoCount === 1 ? 'One photo follows.' : `${photoCount} photos follow.`]
      : [photoCount === 1 ? 'One photo of the product follows.' : `${photoCount} photos of the same product follow.`]),
    `Answer with {"${field}": ...} only.`,
  ].join('\n');
}

const LABELS: Record<RegenerableField, string> = { title: 'Title', description: 'Description', tags: 'Tags', attributes: 'Attributes' };

function describeFieldRule(field: RegenerableField, limits: ListingLimits): string {
  switch (field) {
    case 'title':
      return `At most ${limits.titleMax} characters; the most important words first.`;
    case 'description': {
      const { min, max } = wordBudget(limits.wordTarget);
      return `${limits.wordTarget} words (between ${min} and ${max} words).`;
    }
    case 'tags':
      return `At most ${limits.tagsMax} tags, each at most ${limits.tagMax} characters: words a buyer would search for.`;
    case 'attributes':
      return 'Category, color, material, brand (null unless readable or already named) and condition (new, used or refurbished, or null when the photos do not show it).';
  }
}

/** Empty fields say so: an empty string in quotes reads to a model like an instruction to write nothing. */
function showValue(value: ListingText[RegenerableField]): string {
  if (typeof value === 'string') return value.trim() ? JSON.stringify(value) : '(empty)';
  if (Array.isArray(value)) return value.length > 0 ? JSON.stringify(value) : '(none)';
  return Object.keys(value).length > 0 ? JSON.stringify(value) : '(none)';
}
