import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InstalledModel, ModelShape } from '../../shared/domain/local-model';
import { AppError } from '../../shared/errors';
import { findCatalogEntry, loadCatalog, type Catalog } from './model-catalog';
import { downloadModelFiles, PAUSE_DOWNLOAD, removeDownloadFiles } from './download-model-files';
import { createGpuProbe, type GpuInfo, type GpuProbe } from './gpu-info';
import { readGgufFacts } from './gguf-facts';
import { isIntegratedGpu } from './integrated-gpu';
import { chatTemplateFileFor, inspectModelPair } from './inspect-model-pair';
import { modelsDir, readInstalledModels, saveInstalledModel } from './installed-models';
import { readPartialDownload } from './partial-download';
import { launchSettingsFrom, type ModelLaunchSettings } from './request-settings';
import type { DownloadProgress } from './progress-reporter';
import { recommendModel, type MachineProfile, type Recommendation } from './recommend-model';

export interface ModelServiceOptions {
  libraryDir: string;
  /** The app's resources folder: models/catalog.json and models/templates/ live under it. */
  resourcesDir: string;
  /** Replaces resources/models/catalog.json (tests point entries at a server on 127.0.0.1). */
  catalog?: Catalog;
  gpuProbe?: GpuProbe;
}

export interface DownloadProgressEvent extends DownloadProgress {
  downloadId: string;
  entryId: string;
}

/** A download ends installed, or paused with its files kept for the next download of the entry. */
export type DownloadResult = { state: 'installed'; downloadId: string; model: InstalledModel } | { state: 'paused'; downloadId: string };

/** A catalog model whose download stopped part-way (paused, or the app quit) with its files kept. */
export interface PartialDownloadReport extends DownloadProgress {
  entryId: string;
}

export interface ModelService {
  catalog(): Catalog;
  /**
   * The catalog models not installed and not downloading now that have files on disk, with the
   * bytes a resume keeps: after a restart the window offers Resume instead of Download for them.
   */
  partialDownloads(): PartialDownloadReport[];
  /** By free memory; shapes come from the GGUF headers of models already on disk, the catalog otherwise. */
  recommend(opts?: { includeNonCommercial?: boolean }): Promise<{ recommendation: Recommendation; machine: MachineProfile; gpu: GpuInfo }>;
  /** Installed pairs, each with whether both files are still where they were recorded. */
  installed(): Array<InstalledModel & { present: boolean }>;
  /**
   * Resolves when both files are downloaded and checked, or when the download is paused; a second
   * call for the same entry joins the first. A call after a pause continues from the kept files.
   */
  download(input: { entryId: string; downloadId?: string }, onProgress: (e: DownloadProgressEvent) => void): Promise<DownloadResult>;
  /** Stops a running download and keeps its files. */
  pauseDownload(input: { downloadId: string }): { paused: boolean };
  /** Stops a running download, or discards a paused one (by its last id, or its entry id after a restart); removes the files. */
  cancelDownload(input: { downloadId?: string; entryId?: string }): { cancelled: boolean };
  addLocal(input: { modelPath: string; mmprojPath: string; name?: string }): Promise<InstalledModel>;
  /**
   * The catalog's launch arguments and request settings for the installed catalog model at this
   * path (image token limits for this machine, sampling, thinking off); empty for a pair added by path.
   */
  launchSettings(modelPath: string): Promise<ModelLaunchSettings>;
  /** The --chat-template-file to give llama-server for this model, if its GGUF carries none. */
  chatTemplateFile(model: InstalledModel): string | undefined;
  /** Pauses running downloads (their partial files stay, so they resume next time); their calls resolve as paused. */
  close(): Promise<void>;
}

interface RunningDownload {
  downloadId: string;
  entryId: string;
  controller: AbortController;
  promise: Promise<DownloadResult>;
}

export function createModelService(opts: ModelServiceOptions): ModelService {
  const gpuProbe = opts.gpuProbe ?? createGpuProbe();
  const running = new Map<string, RunningDownload>();
  /** Download id → entry id of the downloads paused in this session, so Cancel can name the id it paused. */
  const paused = new Map<string, string>();
  let catalogCache = opts.catalog;
  const catalog = () => (catalogCache ??= loadCatalog(opts.resourcesDir));

  async function runDownload(entryId: string, downloadId: string, controller: AbortController, onProgress: (e: DownloadProgressEvent) => void): Promise<DownloadResult> {
    const entry = findCatalogEntry(catalog(), entryId);
    const dir = path.join(modelsDir(opts.libraryDir), entry.id);
    let paths: string[];
    try {
      paths = await downloadModelFiles({
        files: [entry.model, entry.mmproj],
        dir,
        signal: controller.signal,
        onProgress: (p) => onProgress({ ...p, downloadId, entryId }),
      });
    } catch (err) {
      if (!controller.signal.aborted) throw err;
      if (controller.signal.reason !== PAUSE_DOWNLOAD) throw new AppError('cancelled', `The download of ${entry.name} was cancelled and its partial files were removed.`);
      paused.set(downloadId, entryId);
      return { state: 'paused', downloadId };
    }
    let model: InstalledModel;
    try {
      model = await inspectModelPair(paths[0], paths[1], { id: entry.id, name: entry.name, source: 'catalog', fallbackChatTemplate: entry.fallbackChatTemplate ?? undefined });
      if (!model.ggufHasChatTemplate && entry.fallbackChatTemplate === null) {
        throw new AppError('model_invalid', `${entry.model.fileName} carries no chat template and Listing Studio has none that prompts ${entry.name} correctly, so it was not installed. Choose another model.`);
      }
    } catch (err) {
      // A pair that does not fit together is a catalog mistake: keeping the files would only waste disk.
      for (const p of paths) fs.rmSync(p, { force: true });
      throw err;
    }
    saveInstalledModel(opts.libraryDir, model);
    return { state: 'installed', downloadId, model };
  }

  /** The real shapes of catalog models on disk, read from their GGUF headers (a damaged file is skipped). */
  async function installedShapes(): Promise<Map<string, ModelShape>> {
    const shapes = new Map<string, ModelShape>();
    for (const m of readInstalledModels(opts.libraryDir)) {
      if (m.source !== 'catalog' || !fs.existsSync(m.modelPath)) continue;
      const shape = await readGgufFacts(m.modelPath).then((f) => f.shape, () => undefined);
      if (shape) shapes.set(m.id, shape);
    }
    return shapes;
  }

  function forgetPaused(entryId: string): void {
    for (const [id, entry] of paused) if (entry === entryId) paused.delete(id);
  }

  /** Removes what a paused download kept; an installed model is never touched. */
  function discardPausedDownload(entryId: string): boolean {
    forgetPaused(entryId);
    const entry = catalog().entries.find((e) => e.id === entryId);
    if (!entry || readInstalledModels(opts.libraryDir).some((m) => m.id === entryId)) return false;
    return removeDownloadFiles(path.join(modelsDir(opts.libraryDir), entry.id), [entry.model, entry.mmproj]);
  }

  return {
    catalog,

    async recommend(recommendOpts = {}) {
      const gpu = await gpuProbe.read();
      const machine: MachineProfile = {
        ramBytes: os.totalmem(),
        vramFreeBytes: gpu.vramFreeBytes,
        gpu: gpu.gpu,
        integratedGpu: isIntegratedGpu(gpu.gpu, gpu.deviceNames),
      };
      return { recommendation: recommendModel(catalog(), machine, { ...recommendOpts, shapes: await installedShapes() }), machine, gpu };
    },

    partialDownloads() {
      const installed = new Set(readInstalledModels(opts.libraryDir).map((m) => m.id));
      return catalog().entries.flatMap((entry) => {
        if (installed.has(entry.id) || running.has(entry.id)) return [];
        const partial = readPartialDownload(path.join(modelsDir(opts.libraryDir), entry.id), [entry.model, entry.mmproj]);
        if (!partial) return [];
        const percent = partial.totalBytes > 0 ? Math.min(99, Math.floor((partial.downloadedBytes / partial.totalBytes) * 100)) : 0;
        return [{ entryId: entry.id, ...partial, percent }];
      });
    },

    installed() {
      return readInstalledModels(opts.libraryDir).map((m) => ({ ...m, present: fs.existsSync(m.modelPath) && fs.existsSync(m.mmprojPath) }));
    },

    download({ entryId, downloadId }, onProgress) {
      const existing = running.get(entryId);
      if (existing) return existing.promise;
      const id = downloadId ?? crypto.randomUUID();
      const controller = new AbortController();
      forgetPaused(entryId);
      const promise = runDownload(entryId, id, controller, onProgress).finally(() => running.delete(entryId));
      running.set(entryId, { downloadId: id, entryId, controller, promise });
      return promise;
    },

    pauseDownload({ downloadId }) {
      const job = [...running.values()].find((d) => d.downloadId === downloadId);
      if (!job || job.controller.signal.aborted) return { paused: false };
      job.controller.abort(PAUSE_DOWNLOAD);
      return { paused: true };
    },

    cancelDownload({ downloadId, entryId }) {
      const job = [...running.values()].find((d) => d.downloadId === downloadId || d.entryId === entryId);
      if (job) {
        const discard = () => discardPausedDownload(job.entryId);
        // A pause still closing its streams keeps the files: remove them once it has stopped.
        if (job.controller.signal.reason === PAUSE_DOWNLOAD) void job.promise.then(discard, discard);
        job.controller.abort('cancel');
        return { cancelled: true };
      }
      const pausedEntry = entryId ?? (downloadId === undefined ? undefined : paused.get(downloadId));
      return { cancelled: pausedEntry !== undefined && discardPausedDownload(pausedEntry) };
    },

    async addLocal({ modelPath, mmprojPath, name }) {
      const id = `local-${crypto.createHash('sha256').update(`${path.resolve(modelPath)}\0${path.resolve(mmprojPath)}`).digest('hex').slice(0, 12)}`;
      const model = await inspectModelPair(modelPath, mmprojPath, {
        id,
        name: name?.trim() || path.basename(modelPath).replace(/\.gguf$/i, ''),
        source: 'local',
      });
      saveInstalledModel(opts.libraryDir, model);
      return model;
    },

    async launchSettings(modelPath) {
      const installed = readInstalledModels(opts.libraryDir).find((m) => m.source === 'catalog' && path.resolve(m.modelPath) === path.resolve(modelPath));
      const entry = installed && catalog().entries.find((e) => e.id === installed.id);
      if (!entry) return { sampling: {} };
      const gpu = await gpuProbe.read();
      // A backend can load with no usable device (Vulkan without a GPU reports 0 bytes): that is a processor.
      return launchSettingsFrom(entry.requestSettings, gpu.gpu !== false && gpu.vramTotalBytes > 0);
    },

    chatTemplateFile(model) {
      return chatTemplateFileFor(model, opts.resourcesDir);
    },

    async close() {
      const jobs = [...running.values()];
      for (const job of jobs) job.controller.abort(PAUSE_DOWNLOAD);
      await Promise.allSettled(jobs.map((j) => j.promise));
    },
  };
}
