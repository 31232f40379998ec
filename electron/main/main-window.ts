import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { AppPage } from '../serving/app-page';

/** The renderer gets no Node, no shared JS world with the preload, and Chromium's sandbox. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Listing Studio',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

export function createMainWindow(page: AppPage, preload: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preload));
  win.once('ready-to-show', () => win.show());
  const loading = win.loadURL(page.url);
  loading.catch((err: unknown) => console.error(`Could not load ${page.url}:`, err));
  return win;
}
