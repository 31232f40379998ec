import { z } from 'zod';
import { EXPORT_TARGETS } from './platform-limits';

/** Tone presets: one sentence each goes into the prompt. */
export const TONES = {
  friendly: 'Warm and approachable, like a helpful shop owner talking to a regular customer.',
  professional: 'Clear, factual and polished, with no slang.',
  playful: 'Light and cheerful, with a little humour, never silly.',
  luxury: 'Refined and understated, focusing on craft and quality.',
  minimal: 'Short, plain sentences; only what a buyer needs to know.',
} as const;
export type Tone = keyof typeof TONES;
export const toneSchema = z.enum(Object.keys(TONES) as [Tone, ...Tone[]]);

const optionFields = {
  platform: z.enum(EXPORT_TARGETS),
  wordTarget: z.number().int().min(10).max(300),
  tone: toneSchema,
  language: z.string().trim().min(2).max(40),
  maxImages: z.number().int().min(1).max(8),
};

/** How one listing is written: the target platform's limits, the word target, tone, language and photo cap. */
export const generationOptionsSchema = z.object({
  platform: optionFields.platform.default('generic'),
  wordTarget: optionFields.wordTarget.default(50),
  tone: optionFields.tone.default('friendly'),
  language: optionFields.language.default('English'),
  maxImages: optionFields.maxImages.default(4),
});
/** A change to some options; unlike generationOptionsSchema.partial(), it fills in no defaults. */
export const generationOptionsPatchSchema = z.object(optionFields).partial();
export type GenerationOptions = z.output<typeof generationOptionsSchema>;

export const DEFAULT_GENERATION_OPTIONS: GenerationOptions = generationOptionsSchema.parse({});

export const PROVIDER_KINDS = ['local', 'cloud'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A cloud endpoint's address and model; the key is stored apart, encrypted, and never sent back. */
export const cloudEndpointSchema = z.object({
  baseURL: z
    .string()
    .trim()
    .url('Enter the API base URL, for example https://api.openai.com/v1')
    .refine((u) => /^https?:\/\//i.test(u), 'The base URL must start with https:// (or http:// for a server on this computer)'),
  model: z.string().trim().min(1).max(200),
});
export type CloudEndpointSettings = z.output<typeof cloudEndpointSchema>;

export const generationSettingsSchema = z.object({
  provider: z.enum(PROVIDER_KINDS).default('local'),
  cloud: cloudEndpointSchema.default({ baseURL: 'https://api.openai.com/v1', model: 'gpt-4.1-mini' }),
  options: generationOptionsSchema.default(DEFAULT_GENERATION_OPTIONS),
});
export type GenerationSettings = z.output<typeof generationSettingsSchema>;
