import { app, type BrowserWindow } from 'electron';

/**
 * One running app per user: a second start would open the same library twice and race the first
 * for the job queue. It hands over to the first instance, which brings its window forward.
 * Returns false in the second instance, which should quit without opening anything.
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  return true;
}
