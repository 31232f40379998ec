import type { ChatCompletionContentPart, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { z } from 'zod';
import type { GenerationOptions } from '../../shared/domain/generation-options';
import { listingJsonSchema, listingOutputSchema, type ListingLimits, type ListingOutput } from '../../shared/domain/listing-output';
import { AppError } from '../../shared/errors';
import { upperFirst } from '../drafts/product-label';
import { withSchemaAndBudget, type ModelImage, type RequestProfile } from './build-listing-request';
import { buildFieldSystemPrompt, buildFieldUserPrompt, REGENERABLE_FIELDS, type ListingText, type RegenerableField } from './regenerate-field-prompt';
import type { VariantPromptFacts } from './build-variant-prompt';

type JsonSchema = Record<string, unknown>;

/** The model's answer: the one field asked for, shaped as in a whole listing. */
export type FieldReply = Partial<Pick<ListingOutput, RegenerableField>>;

/** The field to rewrite, or a refusal that says why: price and SKU are never written by the model. */
/** `productName` is the product as messages quote it (quotedProductLabel). */
export function requireRegenerableField(productName: string, field: string): RegenerableField {
  if ((REGENERABLE_FIELDS as readonly string[]).includes(field)) return field as RegenerableField;
  if (field === 'price' || field === 'sku') {
    const name = field === 'price' ? 'price' : 'SKU';
    return refuse(`${upperFirst(productName)}: the ${name} is never written by the model. Type it in the editor; regenerate the title, description, tags or attributes instead.`);
  }
  return refuse(`${upperFirst(productName)}: "${field}" is not a listing field. Regenerate the title, description, tags or attributes.`);
}

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

/** The whole listing's schema cut down to one field, so the bounds match a full generation exactly. */
export function fieldJsonSchema(field: RegenerableField, limits: ListingLimits): JsonSchema {
  const properties = listingJsonSchema(limits).properties as Record<string, JsonSchema>;
  return { type: 'object', properties: { [field]: properties[field] }, required: [field], additionalProperties: false };
}

export function fieldOutputSchema(field: RegenerableField, limits: ListingLimits): z.ZodType<FieldReply> {
  return z.object({ [field]: listingOutputSchema(limits).shape[field] }) as unknown as z.ZodType<FieldReply>;
}

export interface FieldRequestInput {
  profile: RequestProfile;
  field: RegenerableField;
  /** The listing as saved now: the other fields are the context, the field itself is what gets replaced. */
  current: ListingText;
  options: GenerationOptions;
  limits: ListingLimits;
  images: readonly ModelImage[];
  seed: number;
  budgetScale?: number;
  /** A product with variants: which variant each leading image shows, and the group rule. */
  variants?: VariantPromptFacts;
}

export function buildRegenerateFieldRequest(input: FieldRequestInput): ChatCompletionCreateParamsNonStreaming {
  const { profile, images } = input;
  const content: ChatCompletionContentPart[] = [
    { type: 'text', text: buildFieldUserPrompt(input.field, input.current, input.options, input.limits, images.length, input.variants) },
    ...images.map(
      (image): ChatCompletionContentPart => ({
        type: 'image_url',
        image_url: profile.imageDetail ? { url: image.dataUrl, detail: profile.imageDetail } : { url: image.dataUrl },
      }),
    ),
  ];
  return withSchemaAndBudget(
    profile,
    [
      { role: 'system', content: buildFieldSystemPrompt() },
      { role: 'user', content },
    ],
    fieldJsonSchema(input.field, input.limits),
    `listing_${input.field}`,
    input.seed,
    input.budgetScale ?? 1,
  );
}
