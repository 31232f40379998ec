import { z } from 'zod';
import { wordBudget } from '../text/count-words';
import { PLATFORM_LIMITS, type ExportTarget } from './platform-limits';

/**
 * What the model returns for one product: the facts it saw first, then the copy written from
 * them. One set of limits drives the JSON schema (llama-server turns it into a grammar, so every
 * string is bounded and max_tokens can be budgeted), the zod check of the reply, and the prompt.
 */
export const CONDITIONS = ['new', 'used', 'refurbished'] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface ListingLimits {
  titleMax: number;
  descriptionMaxChars: number;
  tagsMax: number;
  tagMax: number;
  wordTarget: number;
}

/** Bounds of the facts block and attributes: short on purpose, they only feed the copy. */
export const FACT_LIMITS = {
  objectMax: 80,
  listItemsMax: 4,
  colourMax: 24,
  materialMax: 24,
  visibleTextMax: 40,
  uncertainItemsMax: 3,
  uncertainMax: 100,
  categoryMax: 80,
  attributeMax: 40,
} as const;

/** Room per description word: long words and punctuation in languages like German fit too. */
const CHARS_PER_WORD = 10;
/** Google's title limit; longer titles hurt every platform's search display. */
const TITLE_CAP = 150;

export function listingLimitsFor(platform: ExportTarget, wordTarget: number): ListingLimits {
  const p = PLATFORM_LIMITS[platform];
  return {
    titleMax: Math.min(p.titleMax, TITLE_CAP),
    descriptionMaxChars: wordBudget(wordTarget).max * CHARS_PER_WORD,
    tagsMax: p.tagsMax ?? 10,
    tagMax: p.tagLengthMax ?? 30,
    wordTarget,
  };
}

type JsonSchema = Record<string, unknown>;

const str = (maxLength: number): JsonSchema => ({ type: 'string', maxLength });
const list = (items: JsonSchema, maxItems: number): JsonSchema => ({ type: 'array', items, maxItems });
/** A string or null: "not visible" is always an answer, so nothing pushes the model to invent one. */
const orNull = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
/** Every key required and nothing else allowed: what OpenAI's strict mode demands, and fine for llama-server. */
const obj = (properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/** The response_format schema. Key order matters: the model writes the facts before the copy. */
export function listingJsonSchema(limits: ListingLimits): JsonSchema {
  const f = FACT_LIMITS;
  return obj({
    observed: obj({
      object: orNull(str(f.objectMax)),
      colours: list(str(f.colourMax), f.listItemsMax),
      materials: list(str(f.materialMax), f.listItemsMax),
      visibleText: list(str(f.visibleTextMax), f.listItemsMax),
    }),
    title: str(limits.titleMax),
    description: str(limits.descriptionMaxChars),
    tags: list(str(limits.tagMax), limits.tagsMax),
    // Each attribute may be null (not visible). The condition is not asked at all: only the owner
    // knows it (per product, or the shop profile's default), so the model is never invited to guess.
    attributes: obj({
      category: orNull(str(f.categoryMax)),
      color: orNull(str(f.attributeMax)),
      material: orNull(str(f.attributeMax)),
      brand: orNull(str(f.attributeMax)),
    }),
    uncertain: list(str(f.uncertainMax), f.uncertainItemsMax),
  });
}

/** The corrective re-ask only rewrites the description. */
export function descriptionJsonSchema(limits: ListingLimits): JsonSchema {
  return obj({ description: str(limits.descriptionMaxChars) });
}

/**
 * The zod check of a reply. Bounds are loose (a cloud model is not held to maxLength by a
 * grammar); fitListingToLimits trims what is over.
 */
const loose = (max: number) => z.string().max(max * 4);

export function listingOutputSchema(limits: ListingLimits) {
  const f = FACT_LIMITS;
  return z.object({
    observed: z.object({
      object: loose(f.objectMax).nullable(),
      colours: z.array(loose(f.colourMax)).max(f.listItemsMax * 4),
      materials: z.array(loose(f.materialMax)).max(f.listItemsMax * 4),
      visibleText: z.array(loose(f.visibleTextMax)).max(f.listItemsMax * 4),
    }),
    title: loose(limits.titleMax),
    description: loose(limits.descriptionMaxChars),
    tags: z.array(loose(limits.tagMax)).max(limits.tagsMax * 4),
    attributes: z.object({
      category: loose(f.categoryMax).nullable(),
      color: loose(f.attributeMax).nullable(),
      material: loose(f.attributeMax).nullable(),
      brand: loose(f.attributeMax).nullable().optional(),
      // Older prompts and some cloud models still send one; it is read and never written to a draft.
      condition: z.enum(CONDITIONS).nullable().optional(),
    }),
    uncertain: z.array(loose(f.uncertainMax)).max(f.uncertainItemsMax * 4),
  });
}
export type ListingOutput = z.infer<ReturnType<typeof listingOutputSchema>>;

export function descriptionOutputSchema(limits: ListingLimits) {
  return z.object({ description: loose(limits.descriptionMaxChars) });
}

/**
 * The longest JSON text the schema allows, in characters: strings at maxLength, arrays at
 * maxItems, plus a little whitespace per value. A byte-level model spends one token per
 * character, so this bounds max_tokens for any model.
 */
export function worstCaseJsonChars(schema: JsonSchema): number {
  const WHITESPACE = 2;
  if (Array.isArray(schema.anyOf)) return Math.max(...(schema.anyOf as JsonSchema[]).map(worstCaseJsonChars));
  if (Array.isArray(schema.enum)) return Math.max(...(schema.enum as unknown[]).map((v) => JSON.stringify(v).length)) + WHITESPACE;
  switch (schema.type) {
    case 'string':
      return (schema.maxLength as number) + 2 + WHITESPACE;
    case 'null':
      return 4 + WHITESPACE;
    case 'array': {
      const n = schema.maxItems as number;
      return 2 + n * (worstCaseJsonChars(schema.items as JsonSchema) + 1) + WHITESPACE;
    }
    case 'object': {
      const props = schema.properties as Record<string, JsonSchema>;
      const inner = Object.entries(props).reduce((sum, [key, value]) => sum + key.length + 4 + worstCaseJsonChars(value), 0);
      return 2 + inner + WHITESPACE;
    }
    default:
      throw new Error(`worstCaseJsonChars: unbounded schema type ${String(schema.type)}`);
  }
}

/**
 * The schema for a strict-mode cloud endpoint, which may reject length keywords (OpenAI's strict
 * mode has refused maxLength, and for a time maxItems). The prompt states the limits instead.
 */
const LENGTH_KEYWORDS = new Set(['maxLength', 'minLength', 'maxItems', 'minItems']);

export function withoutLengthBounds(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (LENGTH_KEYWORDS.has(key)) continue;
    out[key] = Array.isArray(value)
      ? value.map((v) => (isSchema(v) ? withoutLengthBounds(v) : v))
      : isSchema(value)
        ? withoutLengthBounds(value)
        : value;
  }
  return out;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
