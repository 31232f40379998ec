/** The custom scheme the built renderer is served from (standard and secure, with V8's code cache). */
export const APP_SCHEME = 'ls-app';
const APP_HOST = 'renderer';

/**
 * The one page this app shows: the built renderer through the ls-app: scheme (not file:, which
 * would give the page the whole disk's origin and no code cache), or the electron-vite dev server
 * in `npm run dev`. IPC senders and CSP headers are checked against it.
 */
export type AppPage = { kind: 'app'; rendererDir: string; url: string } | { kind: 'dev'; url: string };

export function appSchemePage(rendererDir: string): AppPage {
  return { kind: 'app', rendererDir, url: `${APP_SCHEME}://${APP_HOST}/index.html` };
}

export function devPage(url: string): AppPage {
  return { kind: 'dev', url: new URL(url).href };
}

/**
 * True when `url` is our page: for the built app the same page (any hash or query, since the page
 * routes by hash), for the dev server the same origin. A null URL (a frame already gone) is not.
 */
export function isAppPageUrl(url: string | null | undefined, page: AppPage): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const expected = new URL(page.url);
  if (page.kind === 'dev') return parsed.origin === expected.origin && parsed.origin !== 'null';
  return parsed.protocol === expected.protocol && parsed.host === expected.host && parsed.pathname === expected.pathname;
}

/** True for any URL of the app's own origin (the page, its scripts and styles). */
export function isAppOriginUrl(url: string, page: AppPage): boolean {
  try {
    const parsed = new URL(url);
    const expected = new URL(page.url);
    return parsed.protocol === expected.protocol && parsed.host === expected.host;
  } catch {
    return false;
  }
}
