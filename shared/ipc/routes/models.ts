import { z } from 'zod';
import { catalogEntrySchema, gpuKindSchema, installedModelSchema } from '../../domain/local-model';
import { defineRoute } from '../define';

const entryId = z.string().min(1).max(200);
const downloadId = z.string().min(1).max(100);
const ggufPath = z.string().min(1).max(4096);

export const modelsRoutes = {
  /** Every catalog entry, and whether the owner chose to see models that forbid commercial use (hidden by default). */
  'models.catalog': defineRoute({
    input: z.object({}).strict(),
    output: z.object({ entries: z.array(catalogEntrySchema), showNonCommercial: z.boolean() }),
  }),
  /** Saves the owner's choice to see (or hide again) models whose licence forbids commercial use. */
  'models.setShowNonCommercial': defineRoute({
    input: z.object({ show: z.boolean() }).strict(),
    output: z.object({ showNonCommercial: z.boolean() }),
  }),
  /**
   * The model to offer first on this computer, by free memory, with a sentence saying why. Models
   * whose licence forbids commercial use are left out unless includeNonCommercial is true.
   */
  'models.recommend': defineRoute({
    input: z.object({ includeNonCommercial: z.boolean().optional() }).strict(),
    output: z.object({
      entryId,
      runsOn: z.enum(['gpu', 'cpu']),
      reason: z.string(),
      /** Estimated RAM or VRAM with the engine's context and slots; shapeKnown false when a conservative default was used. */
      memory: z.object({ bytes: z.number(), kvCacheBytes: z.number(), shapeKnown: z.boolean() }),
      machine: z.object({
        ramBytes: z.number(),
        vramFreeBytes: z.number(),
        gpu: gpuKindSchema,
        integratedGpu: z.boolean(),
        gpuDeviceNames: z.array(z.string()),
      }),
    }),
  }),
  'models.installed': defineRoute({
    input: z.object({}).strict(),
    output: z.array(installedModelSchema.extend({ present: z.boolean() })),
  }),
  /**
   * Catalog models whose download stopped part-way with files kept (paused, or the app quit), and
   * the bytes on disk a resume continues from; installed models and running downloads are left out.
   */
  'models.partialDownloads': defineRoute({
    input: z.object({}).strict(),
    output: z.array(z.object({ entryId, downloadedBytes: z.number(), totalBytes: z.number(), percent: z.number().int().min(0).max(100) })),
  }),
  /**
   * Downloads a catalog entry's model and mmproj into <library>/models/<entry id>/ and checks them.
   * Resolves when done ('installed') or paused ('paused': the files kept so far stay, and calling
   * models.download again for the same entry continues from them). models.downloadProgress events
   * carry the download id. Pass your own downloadId to be able to pause or cancel before the first
   * event arrives.
   */
  'models.download': defineRoute({
    input: z.object({ entryId, downloadId: downloadId.optional() }),
    output: z.discriminatedUnion('state', [
      z.object({ state: z.literal('installed'), downloadId, model: installedModelSchema }),
      z.object({ state: z.literal('paused'), downloadId }),
    ]),
  }),
  /** Stops a running download and keeps its files; its models.download call resolves as 'paused'. */
  'models.pauseDownload': defineRoute({
    input: z.object({ downloadId }),
    output: z.object({ paused: z.boolean() }),
  }),
  /**
   * Stops a running download, or discards a paused one, and removes its partial files. A paused
   * download is found by the id it ran under or, after a restart, by its entry id.
   */
  'models.cancelDownload': defineRoute({
    input: z
      .object({ downloadId: downloadId.optional(), entryId: entryId.optional() })
      .refine((v) => v.downloadId !== undefined || v.entryId !== undefined, 'give downloadId or entryId'),
    output: z.object({ cancelled: z.boolean() }),
  }),
  /** Adds a GGUF model + mmproj pair already on disk; both are checked before they are recorded. */
  'models.addLocal': defineRoute({
    input: z.object({ modelPath: ggufPath, mmprojPath: ggufPath, name: z.string().max(200).optional() }),
    output: installedModelSchema,
  }),
};

export const modelsEvents = {
  'models.downloadProgress': z.object({
    downloadId,
    entryId,
    downloadedBytes: z.number(),
    totalBytes: z.number(),
    percent: z.number().int().min(0).max(100),
  }),
};
