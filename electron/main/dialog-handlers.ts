import fs from 'node:fs';
import { dialog, shell, type BrowserWindow } from 'electron';
import type { dialogRoutes } from '../../shared/ipc/routes/dialog';
import type { DomainHandlers } from '../ipc/router';

const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif', 'avif', 'tif', 'tiff', 'gif'];

/** The real dialogs, attached to the window; they replace the core's "needs the desktop app" handlers. */
export function dialogHandlers(getWindow: () => BrowserWindow | null): DomainHandlers<typeof dialogRoutes> {
  return {
    'dialog.openPhotos': async () => {
      const options: Electron.OpenDialogOptions = {
        title: 'Import product photos',
        properties: ['openFile', 'openDirectory', 'multiSelections'],
        filters: [{ name: 'Photos', extensions: PHOTO_EXTENSIONS }],
      };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { paths: result.canceled ? [] : result.filePaths };
    },
    'dialog.saveExport': async ({ defaultName }) => {
      const options: Electron.SaveDialogOptions = { title: 'Save the export as', defaultPath: defaultName };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return { path: result.canceled || !result.filePath ? null : result.filePath };
    },
    // Only reveals a file that exists; it never opens or runs it.
    'dialog.showInFolder': ({ path }) => {
      if (!fs.existsSync(path)) return { shown: false };
      shell.showItemInFolder(path);
      return { shown: true };
    },
  };
}
