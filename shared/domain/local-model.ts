import { z } from 'zod';

const httpsUrl = z.url().refine((u) => u.startsWith('https://'), 'must be an https:// URL');

const ggufFileName = z.string().regex(/^[\w.+-]+\.gguf$/, 'must be a plain .gguf file name (no folders)');

/** One downloadable file of a catalog entry. */
export const catalogFileSchema = z
  .object({
    url: httpsUrl,
    fileName: ggufFileName,
    sizeBytes: z.number().int().positive(),
    /** True when sizeBytes is a rounded figure from the model card, not the exact Content-Length. */
    sizeIsApproximate: z.boolean(),
    quantization: z.string().min(1),
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
    model: catalogFileSchema,
    mmproj: catalogFileSchema,
    /** Memory to run model + mmproj with a 4096-token context: in RAM on a CPU, in VRAM when fully offloaded. */
    ramBytes: z.number().int().positive(),
    vramBytes: z.number().int().positive(),
    licence: z.object({ name: z.string().min(1), url: httpsUrl }).strict(),
    /**
     * The Jinja file under resources/models/templates/ that llama-server gets via
     * --chat-template-file when the GGUF carries no tokenizer.chat_template. Image requests fail
     * with llama.cpp's legacy built-in templates (no media marker), so every entry names one.
     */
    fallbackChatTemplate: z.string().regex(/^[\w.-]+\.jinja$/),
    /** What we know the published GGUF carries; "unknown" where it could not be checked offline. */
    ggufHasChatTemplate: z.union([z.boolean(), z.literal('unknown')]),
    /** Facts that could not be verified when the catalog was written. */
    notes: z.string(),
  })
  .strict();

export type CatalogFile = z.infer<typeof catalogFileSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

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
