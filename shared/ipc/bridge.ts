/** The names under which the preload exposes the app to the page (window.listingStudio…). */
export const API_BRIDGE_KEY = 'listingStudio';
export const FILES_BRIDGE_KEY = 'listingStudioFiles';

/**
 * Sandboxed pages cannot see where a dropped file lives; the preload asks Electron for the path
 * of each dropped File (or folder), and that is all it reveals.
 */
export interface DesktopFiles {
  pathForFile(file: File): string;
}
