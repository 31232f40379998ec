import { pathToFileURL } from 'node:url';

/**
 * The one page this app shows: the built index.html on disk, or the electron-vite dev server in
 * `npm run dev`. IPC senders and CSP headers are checked against it.
 */
export type AppPage = { kind: 'file'; file: string; url: string } | { kind: 'dev'; url: string };

export function filePage(file: string): AppPage {
  return { kind: 'file', file, url: pathToFileURL(file).href };
}

export function devPage(url: string): AppPage {
  return { kind: 'dev', url: new URL(url).href };
}

/**
 * True when `url` is our page: for a file page the same file (any hash or query, since the page
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
  return parsed.protocol === 'file:' && parsed.host === expected.host && parsed.pathname === expected.pathname;
}
