import fs from 'node:fs';
import { app } from 'electron';
import { electronSqliteBindingPath, SQLITE_BINDING_ENV } from '../db/native-binding';

/**
 * Points better-sqlite3 at the Electron build of its addon (an explicit override wins). Fails
 * with the fix in the message, rather than a dlopen ABI error, when that build is missing.
 */
export function setupSqliteBinding(env: NodeJS.ProcessEnv = process.env): string {
  if (env[SQLITE_BINDING_ENV]) return env[SQLITE_BINDING_ENV];
  const binding = electronSqliteBindingPath({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  if (!fs.existsSync(binding)) {
    throw new Error(
      `The Electron build of better-sqlite3 is missing (${binding}). Run "npm run rebuild:sqlite-electron" (npm start does this first), then start the app again.`,
    );
  }
  env[SQLITE_BINDING_ENV] = binding;
  return binding;
}
