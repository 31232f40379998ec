import fs from 'node:fs';
import type http from 'node:http';
import { lookUpRendererFile } from '../serving/renderer-file';

/** The built renderer's files (out/renderer), nothing outside that folder; `/` is index.html. */
export function serveStatic(rootDir: string, pathname: string, res: http.ServerResponse, headers: Record<string, string>): void {
  const found = lookUpRendererFile(rootDir, pathname);
  if (!found.ok) {
    res.writeHead(found.status, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': found.contentType, 'cache-control': found.cacheControl });
  fs.createReadStream(found.file).pipe(res);
}
