import path from 'node:path';

/**
 * better-sqlite3 is not N-API: its .node file is built for one ABI. Node (tests, CLI) loads the
 * one npm built in node_modules; Electron loads its own copy, which scripts/rebuild-sqlite-electron.ts
 * builds into build/electron-sqlite/ and electron-builder ships as resources/electron-sqlite/.
 * Neither replaces the other, so no one has to flip builds back and forth.
 * LISTING_STUDIO_SQLITE_BINDING overrides both; the Electron main process sets it at start.
 */
export const SQLITE_BINDING_ENV = 'LISTING_STUDIO_SQLITE_BINDING';
export const ELECTRON_SQLITE_DIR = 'electron-sqlite';
export const SQLITE_BINDING_FILE = 'better_sqlite3.node';

export function sqliteNativeBinding(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env[SQLITE_BINDING_ENV]) return env[SQLITE_BINDING_ENV];
  return undefined;
}

export interface ElectronAppPaths {
  isPackaged: boolean;
  /** app.getAppPath(): the project root in development. */
  appPath: string;
  /** process.resourcesPath: where extraResources land in a packaged app. */
  resourcesPath: string;
}

/** Where the Electron build of better-sqlite3 lives: build/electron-sqlite in dev, resources/electron-sqlite packaged. */
export function electronSqliteBindingPath(paths: ElectronAppPaths): string {
  const base = paths.isPackaged ? paths.resourcesPath : path.join(paths.appPath, 'build');
  return path.join(base, ELECTRON_SQLITE_DIR, SQLITE_BINDING_FILE);
}
