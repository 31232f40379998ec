import fs from 'node:fs';
import { Readable } from 'node:stream';
import { lookUpPhotoFile } from './photo-path';

/** The ls-photo:// response: the file's bytes, or the refusal's status with no file content. */
export async function servePhoto(libraryDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const found = await lookUpPhotoFile(libraryDir, request.url);
  if (!found.ok) return new Response(found.reason, { status: found.status, headers: { 'content-type': 'text/plain' } });
  const headers = { 'content-type': found.contentType, 'cache-control': 'private, max-age=31536000, immutable' };
  if (request.method === 'HEAD') return new Response(null, { headers });
  const body = Readable.toWeb(fs.createReadStream(found.file)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers });
}
