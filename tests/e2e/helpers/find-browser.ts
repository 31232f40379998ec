import path from 'node:path';

/** Points the browser tests at one Chromium or Chrome executable, ahead of every other place. */
export const BROWSER_ENV = 'LISTING_STUDIO_CHROMIUM';

export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
  /** Where Playwright's own Chromium build lives once `playwright-core install chromium` ran. */
  playwrightChromium?: string;
}

export type BrowserChoice =
  | { found: true; path: string; from: 'env' | 'system' | 'playwright' }
  | { found: false; reason: string };

/** Where Chromium and Chrome install themselves on each platform, most likely first. */
export function systemBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((dir) => [
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ];
}

/**
 * The browser the tests drive: the one the environment variable names (and only that one, so a
 * typo is reported rather than quietly replaced), else a system Chromium or Chrome, else the
 * Playwright build when it is installed.
 */
export function findBrowser(search: BrowserSearch): BrowserChoice {
  const named = search.env[BROWSER_ENV];
  if (named) {
    return search.exists(named) ? { found: true, path: named, from: 'env' } : { found: false, reason: `${BROWSER_ENV}=${named}: no such file` };
  }
  const system = systemBrowserPaths(search.platform, search.env).find((p) => search.exists(p));
  if (system) return { found: true, path: system, from: 'system' };
  if (search.playwrightChromium && search.exists(search.playwrightChromium)) return { found: true, path: search.playwrightChromium, from: 'playwright' };
  return { found: false, reason: 'no Chromium or Chrome found' };
}

/** The one line a browser test fails with when it has no browser to drive. */
export function describeMissingBrowser(reason: string, installError?: string): string {
  const tried = installError ? `; installing Playwright's Chromium failed (${installError})` : '';
  return (
    `Browser tests need Chromium or Chrome: ${reason}${tried}. Install one (Debian/Ubuntu: apt-get install chromium; ` +
    `macOS/Windows: Google Chrome), set ${BROWSER_ENV} to its executable, or run online once so the tests install ` +
    `Playwright's (npx playwright-core install chromium).`
  );
}
