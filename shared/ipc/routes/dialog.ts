import { z } from 'zod';
import { defineRoute } from '../define';

const filePath = z.string().min(1).max(4096);

/**
 * The operating system's file dialogs. Only the desktop shell can show them; elsewhere (the
 * browser test host) these fail with a message and the page offers a path field instead.
 */
export const dialogRoutes = {
  /** "Open…": photos and folders to import; empty when the person cancels. */
  'dialog.openPhotos': defineRoute({
    input: z.object({}).strict(),
    output: z.object({ paths: z.array(filePath) }),
  }),
  /** "Save as" for an export file; null when the person cancels. */
  'dialog.saveExport': defineRoute({
    input: z.object({ defaultName: z.string().min(1).max(255) }),
    output: z.object({ path: filePath.nullable() }),
  }),
  /** Shows a written file selected in the system file manager. */
  'dialog.showInFolder': defineRoute({
    input: z.object({ path: filePath }),
    output: z.object({ shown: z.boolean() }),
  }),
};

export const dialogEvents = {};
