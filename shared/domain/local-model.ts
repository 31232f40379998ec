import { z } from 'zod';

const httpsUrl = z.url().refine((u) => u.startsWith('https://'), 'must be an https:// URL');

const ggufFileName = z.string().regex(/^[\w.+-]+\.gguf$/, 'must be a plain .gguf file name (no folders)');

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
const nullableCount = z.number().int().positive().nullable();

/** One downloadable file of a catalog entry. */
export const catalogFileSchema = z
  .object({
    url: httpsUrl,
    fileName: ggufFileName,
    sizeBytes: z.number().int().positive(),
    /** True when sizeBytes is a rounded figure from the model card: then the size is not checked, only the hash. */
    sizeIsApproximate: z.boolean(),
    /** The published SHA-256; null where none was published (the file is then verified by size only). Never guessed. */
    sha256: sha256Hex.nullable(),
    quantization: z.string().min(1),
  })
  .strict();

/** Whether a shop may sell with the model's output: yes, no (non-commercial), or yes under stated conditions. */
export const commercialUseSchema = z.enum(['yes', 'no', 'conditional']);

export const catalogLicenceSchema = z
  .object({
    name: z.string().min(1),
    url: httpsUrl,
    commercialUse: commercialUseSchema,
    /** Notices to show, caps and restrictions, in plain words; shown before download. */
    conditions: z.array(z.string().min(1)),
  })
  .strict();

/**
 * How this model wants to be asked. Sampling goes into each request body; chat_template_kwargs too
 * (thinking off); image token limits are server-wide in llama-server, so they become launch arguments.
 * Null means "the app's default".
 */
export const requestSettingsSchema = z
  .object({
    temperature: z.number().min(0).max(2).nullable(),
    topP: z.number().gt(0).max(1).nullable(),
    topK: z.number().int().positive().nullable(),
    presencePenalty: z.number().min(-2).max(2).nullable(),
    chatTemplateKwargs: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])).nullable(),
    imageTokens: z
      .object({ min: nullableCount, maxOnCpu: nullableCount, maxOnGpu: nullableCount })
      .strict(),
  })
  .strict();

/**
 * The language model's attention shape, for the KV-cache part of the memory estimate before the
 * file is on disk (after download the GGUF header is read instead). Null where no public source
 * gave it; the estimate then uses a stated conservative default.
 */
export const modelShapeSchema = z
  .object({
    layers: nullableCount,
    kvHeads: nullableCount,
    headDim: nullableCount,
    /** For hybrid-attention models whose KV cache is not layers × heads × size. */
    kvBytesPerToken: nullableCount,
  })
  .strict();

/** A recommended vision model: a GGUF language model plus the mmproj that lets it see. */
export const catalogEntrySchema = z
  .object({
    /** Stable id; also the folder under <library>/models/. */
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
    name: z.string().min(1),
    family: z.string().min(1),
    parameters: z.string().min(1),
    description: z.string().min(1),
    /** Our own ranking of listing quality, 1 (weakest) to 10; used to pick the best model that fits. */
    quality: z.number().int().min(1).max(10),
    /** Small enough to write a listing in reasonable time on a processor without a graphics card. */
    cpuFriendly: z.boolean(),
    /** The Hugging Face repository (owner/name) both files come from, and the pinned commit if any. */
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
    revision: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
    model: catalogFileSchema,
    mmproj: catalogFileSchema,
    /** The mmproj's projector type (clip.projector_type or clip.vision.projector_type); must be one the bundled llama.cpp knows. */
    projectorType: z.string().min(1),
    /**
     * The Jinja file under resources/models/templates/ that llama-server gets via
     * --chat-template-file when the GGUF carries no tokenizer.chat_template. Null where no shipped
     * template is equivalent (Qwen3.5's thinking switch, Gemma 4's turn markers): such a GGUF
     * without its own template is refused at install rather than prompted wrongly.
     */
    fallbackChatTemplate: z.string().regex(/^[\w.-]+\.jinja$/).nullable(),
    /** What we know the published GGUF carries; "unknown" where it was not read from the header. */
    ggufHasChatTemplate: z.union([z.boolean(), z.literal('unknown')]),
    licence: catalogLicenceSchema,
    requestSettings: requestSettingsSchema,
    shape: modelShapeSchema,
    /** Where each fact above comes from. */
    sources: z.array(z.string().min(1)).min(1),
    /** Facts that could not be verified when the catalog was written. */
    notes: z.string(),
  })
  .strict();

export type CatalogFile = z.infer<typeof catalogFileSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type RequestSettings = z.infer<typeof requestSettingsSchema>;
export type ModelShape = z.infer<typeof modelShapeSchema>;
export type CommercialUse = z.infer<typeof commercialUseSchema>;

/** A model pair on this computer, checked with readGgufFileInfo before it was recorded. */
export const installedModelSchema = z.object({
  /** The catalog id, or `local-<hash of both paths>` for a pair added by path. */
  id: z.string(),
  name: z.string(),
  source: z.enum(['catalog', 'local']),
  modelPath: z.string(),
  mmprojPath: z.string(),
  modelBytes: z.number().int(),
  mmprojBytes: z.number().int(),
  architecture: z.string(),
  projectorType: z.string(),
  embeddingWidth: z.number().int(),
  /** False when the projector type had no width rule, so only llama-server could confirm the pair. */
  widthChecked: z.boolean(),
  ggufHasChatTemplate: z.boolean(),
  /** Template file (resources/models/templates/) to pass when the GGUF has none. */
  fallbackChatTemplate: z.string().optional(),
  addedAt: z.string(),
});
export type InstalledModel = z.infer<typeof installedModelSchema>;

export const gpuKindSchema = z.union([z.enum(['cuda', 'vulkan', 'metal']), z.literal(false)]);
