import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open-database';
import { EngineService } from '../engine/engine-service';
import { decideLibraryOpen, libraryFolderState } from '../library/check-library-folder';
import { tidyLibrary, type TidyResult } from '../library/tidy-library';
import type { Catalog } from '../models/model-catalog';
import { createModelService, type ModelService } from '../models/model-service';
import { defaultResourcesDir } from '../models/resources-dir';
import { openCloudKeyStore, type CloudKeyStore } from '../secrets/cloud-key-store';
import type { SecretCipher } from '../secrets/secret-cipher';
import { createJobQueue, type JobQueue } from '../queue/job-queue';

/**
 * The app's services as plain Node modules, over one library folder. The Electron shell, the CLI
 * and the test host each open one Core and drive it through the same handler table.
 */
export interface Core {
  readonly libraryDir: string;
  readonly db: Db;
  readonly version: string;
  /** The local llama-server (one model at a time). */
  readonly engine: EngineService;
  /** Model catalog, recommendation, downloads and the installed model pairs (<library>/models). */
  readonly models: ModelService;
  /** The cloud API key: saved encrypted (app) or from LISTING_STUDIO_CLOUD_KEY (CLI). Never sent to the renderer. */
  readonly cloudKeys: CloudKeyStore;
  /** The crash-safe bulk queue (jobs and items in SQLite); call queue.stopAll() before close(). */
  readonly queue: JobQueue;
  /** The background tidy-up opening started (temp files, expired Trash, files of interrupted imports). */
  readonly tidied: Promise<TidyResult>;
  close(): void;
}

export interface CoreOptions {
  libraryDir: string;
  version?: string;
  /** A packaged app's resources folder, where llama-server ships. */
  resourcesDir?: string;
  /** The OS keychain (Electron's safeStorage); absent in the CLI, which reads the key from the environment. */
  secretCipher?: SecretCipher;
  /** Replaces resources/models/catalog.json, whose links must be https: tests point entries at a server on 127.0.0.1. */
  catalog?: Catalog;
  /** False: refuse a folder with no library instead of starting a new one there (default true, the app's first run). */
  createLibrary?: boolean;
}

export function openCore(opts: CoreOptions): Core {
  const libraryDir = path.resolve(opts.libraryDir);
  decideLibraryOpen(libraryDir, libraryFolderState(libraryDir), opts.createLibrary ?? true);
  fs.mkdirSync(libraryDir, { recursive: true });
  const db = openDatabase(path.join(libraryDir, 'library.sqlite'));
  // In the background: none of it needs to hold up the window or a CLI command, and it never rejects.
  const tidied = tidyLibrary(db, libraryDir);
  const engine = new EngineService({ libraryDir, resourcesDir: opts.resourcesDir });
  // An engine a crashed run left behind holds gigabytes until stopped; the check never rejects.
  void engine.reapOrphans();
  const queue = createJobQueue(db);
  const models = createModelService({ libraryDir, resourcesDir: opts.resourcesDir ?? defaultResourcesDir(), catalog: opts.catalog });
  return {
    libraryDir,
    db,
    version: opts.version ?? '0.1.0',
    engine,
    models,
    cloudKeys: openCloudKeyStore(db, opts.secretCipher, process.env),
    queue,
    tidied,
    close() {
      // stop() sends SIGTERM synchronously; the exit guard SIGKILLs it if the process ends first.
      void engine.stop();
      // Pausing keeps partial downloads on disk so they resume on the next start.
      void models.close();
      db.close();
    },
  };
}
