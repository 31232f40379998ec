import path from 'node:path';

/**
 * The folder the desktop app keeps its library in (Electron's userData/library for an app named
 * listing-studio), so the CLI opens the same library by default.
 */
export function defaultLibraryDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'listing-studio', 'library');
}
