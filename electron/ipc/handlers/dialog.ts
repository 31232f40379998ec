import { AppError } from '../../../shared/errors';
import type { dialogRoutes } from '../../../shared/ipc/routes/dialog';
import type { DomainHandlers } from '../router';

const NO_DIALOGS = 'File dialogs need the desktop app. Type the path in the field instead.';

/**
 * Outside Electron (the CLI, the browser test host) there is no window to show a dialog on. The
 * desktop shell replaces these with electron/main/dialog-handlers.ts.
 */
export function dialogHandlers(): DomainHandlers<typeof dialogRoutes> {
  return {
    'dialog.openPhotos': () => {
      throw new AppError('not_found', NO_DIALOGS);
    },
    'dialog.saveExport': () => {
      throw new AppError('not_found', NO_DIALOGS);
    },
    'dialog.showInFolder': () => {
      throw new AppError('not_found', NO_DIALOGS);
    },
  };
}
