import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open-database';
import { loadGoogleTaxonomy } from '../categories/load-google-taxonomy';
import { EngineService } from '../engine/engine-service';
import { decideLibraryOpen, libraryFolderState } from '../library/check-library-folder';
import { tidyLibrary, type TidyResult } from '../library/tidy-library';
import { createEvidenceReader, type EvidenceReader } from '../evidence/evidence-reader';
import { createExportService, type ExportService } from '../export/export-service';
import type { Catalog } from '../models/model-catalog';
import { createModelService } from '../models/model-service';
import { defaultResourcesDir } from '../models/resources-dir';
import { openCloudKeyStore } from '../secrets/cloud-key-store';
import type { SecretCipher } from '../secrets/secret-cipher';
import { createJobQueue } from '../queue/job-queue';
import type { Services } from '../ipc/services';

/**
 * The app's services as plain Node modules, over one library folder. The Electron shell, the CLI
 * and the test host each open one Core and drive it through the same handler table.
 */
/** The services the handlers use (see ipc/services.ts), plus what only the hosts call. */
export interface Core extends Services {
  /** The background tidy-up opening started (temp files, expired Trash, files of interrupted imports). */
  readonly tidied: Promise<TidyResult>;
  /** File exports in progress: one run per output file, each cancellable. */
  readonly exports: ExportService;
  /** Reads label text and barcodes from every photo not read yet, in the background (starts at open). */
  readonly evidence: EvidenceReader;
  /**
   * Stops everything the core runs, in the order that loses nothing, then closes the database:
   * running jobs hand their items back to the queue, exports are cancelled (no half file is left),
   * label reading stops (the photo in flight stays unread, for the next open), the engine stops, downloads pause (their partial files stay to resume). Every host calls this
   * on quit; calling it again returns the same promise.
   */
  shutdown(): Promise<void>;
  /** Closes at once without waiting for anything to stop: for tests and failed starts; hosts call shutdown(). */
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
  const resourcesDir = opts.resourcesDir ?? defaultResourcesDir();
  const models = createModelService({ libraryDir, resourcesDir, catalog: opts.catalog });
  // Google's product taxonomy ships in resources/; each export reads it (a few ms) when it starts.
  const exports = createExportService(db, libraryDir, () => loadGoogleTaxonomy(resourcesDir));
  // Photos imported before the last quit and never read are read now, in the background.
  const evidence = createEvidenceReader(db, libraryDir);
  evidence.wake();
  let stopping: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    // Work that reads the database first, while it is still open: queue items in flight go back to
    // pending, exports remove their temporary files (both start at once, so an export is aborted
    // where it stands rather than after the queue has wound down). Then the child process and the
    // downloads. The opening tidy-up reads the database too; it never rejects and is short.
    const failures: unknown[] = [];
    const collect = (results: PromiseSettledResult<unknown>[]) => results.forEach((r) => r.status === 'rejected' && failures.push(r.reason));
    collect(await Promise.allSettled([queue.stopAll(), exports.cancelAll(), evidence.stop(), tidied]));
    for (const step of [() => engine.stop(), () => models.close()]) {
      try {
        await step();
      } catch (err) {
        failures.push(err);
      }
    }
    // A step that failed must not keep the database open: its WAL is checkpointed on close.
    db.close();
    if (failures.length > 0) throw new AggregateError(failures, 'Some services did not stop cleanly.');
  };
  return {
    libraryDir,
    resourcesDir,
    db,
    version: opts.version ?? '0.1.0',
    engine,
    models,
    cloudKeys: openCloudKeyStore(db, opts.secretCipher, process.env),
    queue,
    tidied,
    exports,
    evidence,
    shutdown() {
      stopping ??= shutdown();
      return stopping;
    },
    close() {
      // Terminates the OCR worker thread at once; the read in flight never reaches the database.
      void evidence.stop();
      // stop() sends SIGTERM synchronously; the exit guard SIGKILLs it if the process ends first.
      void engine.stop();
      // Pausing keeps partial downloads on disk so they resume on the next start.
      void models.close();
      db.close();
    },
  };
}
