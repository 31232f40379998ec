import { app, shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';

/**
 * Every web contents (the window, and any that might appear later) stays on its page: navigation
 * and redirects are cancelled, new windows refused, and https links handed to the system browser.
 */
export function setupNavigationGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openExternallyIfSafe(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfSafe(url);
    return { action: 'deny' };
  });
}

function openExternallyIfSafe(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((err: unknown) => console.error(`Could not open ${url} in the browser:`, err));
}
