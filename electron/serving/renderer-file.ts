import fs from 'node:fs';
import path from 'node:path';
import { isInside } from './photo-path';

/** Which built renderer file a request names: only files really inside the renderer folder. */
export type RendererFileLookup = { ok: true; file: string; contentType: string; cacheControl: string } | { ok: false; status: 404; reason: string };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * `pathname` is the URL's path (still percent-encoded); `/` is index.html. Symlinks are followed
 * and whatever lands outside the folder is refused like a missing file.
 */
export function lookUpRendererFile(rootDir: string, pathname: string): RendererFileLookup {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return { ok: false, status: 404, reason: 'The path is not valid percent-encoding.' };
  }
  let root: string;
  let real: string;
  try {
    root = fs.realpathSync(rootDir);
    real = fs.realpathSync(path.join(root, relative));
  } catch {
    return { ok: false, status: 404, reason: `${relative} is not part of the app.` };
  }
  if (!isInside(root, real) || !fs.statSync(real).isFile()) return { ok: false, status: 404, reason: `${relative} is not part of the app.` };
  const contentType = TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
  return { ok: true, file: real, contentType, cacheControl: cacheControlFor(relative) };
}

/**
 * The build names every file under assets/ by a hash of its content, so a name never changes
 * content: it may be kept for good, and with it V8's compiled code for the script, which spares
 * each start the compile of the whole bundle. index.html is always asked for again.
 */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
