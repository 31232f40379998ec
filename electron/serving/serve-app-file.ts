import fs from 'node:fs';
import { Readable } from 'node:stream';
import { isAppOriginUrl, type AppPage } from './app-page';
import { lookUpRendererFile } from './renderer-file';

/**
 * The ls-app:// response: a file of the built renderer, or 404 for anything else (another host,
 * a path outside the folder). HTML pages carry the CSP as a header as well as the meta tag.
 */
export function serveAppFile(page: Extract<AppPage, { kind: 'app' }>, request: Request, contentSecurityPolicy: string): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  if (!isAppOriginUrl(request.url, page)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const found = lookUpRendererFile(page.rendererDir, new URL(request.url).pathname);
  if (!found.ok) return new Response('Not found', { status: found.status, headers: { 'content-type': 'text/plain' } });
  const headers: Record<string, string> = { 'content-type': found.contentType, 'cache-control': found.cacheControl };
  if (found.contentType.startsWith('text/html')) headers['content-security-policy'] = contentSecurityPolicy;
  if (request.method === 'HEAD') return new Response(null, { headers });
  return new Response(Readable.toWeb(fs.createReadStream(found.file)) as ReadableStream<Uint8Array>, { headers });
}
