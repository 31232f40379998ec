import { protocol } from 'electron';
import { PHOTO_SCHEME } from '../../shared/domain/photo-urls';
import { APP_SCHEME } from '../serving/app-page';
import { servePhoto } from '../serving/serve-photo';

/**
 * Must run before `ready`, once for all schemes (Electron takes one call). Both are standard and
 * secure, so they have an origin and work under the CSP; the app's own scheme also keeps V8's
 * compiled code between starts, which spares each start the compile of the whole script.
 */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: PHOTO_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves thumbnails, originals and model inputs from the library folder, and nothing else. */
export function setupPhotoProtocol(libraryDir: string): void {
  protocol.handle(PHOTO_SCHEME, (request) => servePhoto(libraryDir, request));
}
