import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { isInside } from '../main/photo-path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The built renderer's files (out/renderer), nothing outside that folder; `/` is index.html. */
export function serveStatic(rootDir: string, pathname: string, res: http.ServerResponse, headers: Record<string, string>): void {
  const root = fs.realpathSync(rootDir);
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const candidate = path.join(root, relative);
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  if (!isInside(root, real) || !fs.statSync(real).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const type = TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache' });
  fs.createReadStream(real).pipe(res);
}
