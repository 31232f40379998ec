import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open-database';
import { EngineService } from '../engine/engine-service';
import { sweepTempFiles } from '../library/sweep-temp-files';
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
  /** The app's resources folder: the model catalog, Google's product taxonomy, llama-server when packaged. */
  readonly resourcesDir: string;
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
}

export function openCore(opts: CoreOptions): Core {
  const libraryDir = path.resolve(opts.libraryDir);
  fs.mkdirSync(libraryDir, { recursive: true });
  const db = openDatabase(path.join(libraryDir, 'library.sqlite'));
  // In the background: neither needs to hold up the window or a CLI command, and neither rejects.
  void sweepTempFiles(libraryDir);
  const engine = new EngineService({ libraryDir, resourcesDir: opts.resourcesDir });
  // An engine a crashed run left behind holds gigabytes until stopped; the check never rejects.
  void engine.reapOrphans();
  const queue = createJobQueue(db);
  const resourcesDir = opts.resourcesDir ?? defaultResourcesDir();
  const models = createModelService({ libraryDir, resourcesDir, catalog: opts.catalog });
  return {
    libraryDir,
    resourcesDir,
    db,
    version: opts.version ?? '0.1.0',
    engine,
    models,
    cloudKeys: openCloudKeyStore(db, opts.secretCipher, process.env),
    queue,
    close() {
      // stop() sends SIGTERM synchronously; the exit guard SIGKILLs it if the process ends first.
      void engine.stop();
      // Pausing keeps partial downloads on disk so they resume on the next start.
      void models.close();
      db.close();
    },
  };
}
