/** The custom protocol that serves library files to the renderer, and only those. */
export const PHOTO_SCHEME = 'ls-photo';

export type PhotoVariant = 'thumb' | 'original' | 'model';

/** ls-photo://thumb/<sha256> — resolved in main to a file under the library folder. */
export function photoUrl(variant: PhotoVariant, sha256: string): string {
  return `${PHOTO_SCHEME}://${variant}/${sha256}`;
}
