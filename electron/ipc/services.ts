import type { Db } from '../db/open-database';
import type { EngineService } from '../engine/engine-service';
import type { EvidenceReader } from '../evidence/evidence-reader';
import type { ExportService } from '../export/export-service';
import type { ModelService } from '../models/model-service';
import type { JobQueue } from '../queue/job-queue';
import type { CloudKeyStore } from '../secrets/cloud-key-store';

/**
 * What the handlers use, from the core folders' own types. The hosts (the Electron shell, the CLI,
 * the test host) hand in their Core, which fits this shape, so the IPC layer never imports the
 * composition root.
 */
export interface Services {
  readonly libraryDir: string;
  /** The app's bundled data: the model catalog, Google's product taxonomy. */
  readonly resourcesDir: string;
  readonly db: Db;
  readonly version: string;
  /** The local llama-server (one model at a time). */
  readonly engine: EngineService;
  /** Model catalog, recommendation, downloads and the installed model pairs (<library>/models). */
  readonly models: ModelService;
  /** The cloud API key: saved encrypted (app) or from LISTING_STUDIO_CLOUD_KEY (CLI). Never sent to the renderer. */
  readonly cloudKeys: CloudKeyStore;
  /** The crash-safe bulk queue (jobs and items in SQLite). */
  readonly queue: JobQueue;
  /** File exports in progress: one run per output file, each cancellable. */
  readonly exports: ExportService;
  /** The background label and barcode reader: imports hold it back, then wake it. */
  readonly evidence: EvidenceReader;
}
