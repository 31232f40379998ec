import { protocol } from 'electron';
import { PHOTO_SCHEME } from '../../shared/domain/photo-urls';
import { servePhoto } from './serve-photo';

/** Must run before `ready`: a standard, secure scheme can be fetched and used in <img> under CSP. */
export function registerPhotoScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: PHOTO_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves thumbnails, originals and model inputs from the library folder, and nothing else. */
export function setupPhotoProtocol(libraryDir: string): void {
  protocol.handle(PHOTO_SCHEME, (request) => servePhoto(libraryDir, request));
}
