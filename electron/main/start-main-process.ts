import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { resolveLibraryDir } from '../library/resolve-library-dir';
import { openCore } from '../core/core';
import { closeHeicDecoder } from '../photos/decode-heic';
import { createHandlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { appSchemePage, devPage, type AppPage } from '../serving/app-page';
import { setupAppProtocol } from './app-protocol';
import { dialogHandlers } from './dialog-handlers';
import { setupIpc } from './ipc-transport';
import { createMainWindow } from './main-window';
import { setupNavigationGuards } from './navigation-guards';
import { registerSchemes, setupPhotoProtocol } from './photo-protocol';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { setupSessionPolicy } from './session-policy';
import { setupShutdown } from './shutdown';
import { claimSingleInstance } from './single-instance';
import { setupSqliteBinding } from './sqlite-binding';

/** The thin shell: each concern is one setupX() over the Electron-free core. */
export function startMainProcess(): Promise<BrowserWindow | null> {
  let win: BrowserWindow | null = null;
  if (!claimSingleInstance(() => win)) {
    app.quit();
    return Promise.resolve(null);
  }
  registerSchemes();
  app.on('window-all-closed', () => app.quit());
  return app.whenReady().then(() => (win = onReady()), reportStartupFailure);
}

function onReady(): BrowserWindow | null {
  try {
    setupSqliteBinding();
    const libraryDir = resolveLibraryDir({
      argv: process.argv,
      env: process.env,
      defaultDir: path.join(app.getPath('userData'), 'library'),
      cwd: process.cwd(),
    });
    const core = openCore({
      libraryDir,
      version: app.getVersion(),
      // Packaged: llama-server and the model catalog sit in the app's resources; in dev, the repository's.
      resourcesDir: app.isPackaged ? process.resourcesPath : undefined,
      secretCipher: createSafeStorageCipher(),
    });
    setupShutdown([() => core.shutdown(), () => closeHeicDecoder()]);
    const page = resolveAppPage();
    setupSessionPolicy(session.defaultSession, page);
    setupNavigationGuards();
    setupPhotoProtocol(core.libraryDir);
    if (page.kind === 'app') setupAppProtocol(page);
    const win = createMainWindow(page, path.join(bundleDir(), '..', 'preload', 'index.cjs'));
    // The desktop's real file dialogs replace the core's stand-ins.
    const handlers = { ...createHandlers(core), ...dialogHandlers(() => win) };
    setupIpc(createRouter(handlers, { logError: logRouteError }), page, () => win);
    return win;
  } catch (err) {
    return reportStartupFailure(err);
  }
}

function resolveAppPage(): AppPage {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devUrl) return devPage(devUrl);
  return appSchemePage(path.join(bundleDir(), '..', 'renderer'));
}

/** out/main/ once bundled: the preload and renderer builds sit beside it. */
function bundleDir(): string {
  return import.meta.dirname;
}

function logRouteError(route: string, err: unknown): void {
  console.error(`${route} failed:`, err);
}

function reportStartupFailure(err: unknown): null {
  const message = err instanceof Error ? err.message : String(err);
  console.error('Listing Studio could not start:', err);
  dialog.showErrorBox('Listing Studio could not start', message);
  app.quit();
  return null;
}
