import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open-database';

/**
 * The app's services as plain Node modules, over one library folder. The Electron shell, the CLI
 * and the test host each open one Core and drive it through the same handler table.
 */
export interface Core {
  readonly libraryDir: string;
  readonly db: Db;
  readonly version: string;
  close(): void;
}

export interface CoreOptions {
  libraryDir: string;
  version?: string;
}

export function openCore(opts: CoreOptions): Core {
  const libraryDir = path.resolve(opts.libraryDir);
  fs.mkdirSync(libraryDir, { recursive: true });
  const db = openDatabase(path.join(libraryDir, 'library.sqlite'));
  return {
    libraryDir,
    db,
    version: opts.version ?? '0.1.0',
    close() {
      db.close();
    },
  };
}
