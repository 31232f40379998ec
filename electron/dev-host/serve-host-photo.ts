import fs from 'node:fs';
import type http from 'node:http';
import { photoUrl, type PhotoVariant } from '../../shared/domain/photo-urls';
import { lookUpPhotoFile } from '../serving/photo-path';

/**
 * /photo/<variant>/<sha256> → the same file ls-photo://<variant>/<sha256> names in the desktop
 * app, through the same lookup, so the browser host is confined to the library folder just as
 * the protocol handler is.
 */
export async function serveHostPhoto(libraryDir: string, pathname: string, res: http.ServerResponse): Promise<void> {
  const [, , variant = '', sha = ''] = pathname.split('/');
  const found = await lookUpPhotoFile(libraryDir, photoUrl(variant as PhotoVariant, sha));
  if (!found.ok) {
    res.writeHead(found.status, { 'content-type': 'text/plain' }).end(found.reason);
    return;
  }
  res.writeHead(200, { 'content-type': found.contentType, 'cache-control': 'private, max-age=31536000, immutable' });
  fs.createReadStream(found.file).pipe(res);
}
