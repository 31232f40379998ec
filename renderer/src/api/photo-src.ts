import { PHOTO_SCHEME } from '../../../shared/domain/photo-urls';

/**
 * Photo URLs from the core are ls-photo://<variant>/<sha>, which only the desktop shell serves.
 * In the browser host the same photo is /photo/<variant>/<sha> on the host, with the token (an
 * <img> cannot send headers). Anything else passes through unchanged.
 */
export function hostPhotoSrc(url: string, origin: string, token: string): string {
  const prefix = `${PHOTO_SCHEME}://`;
  if (!url.startsWith(prefix)) return url;
  const rest = url.slice(prefix.length);
  return `${origin}/photo/${rest}?token=${encodeURIComponent(token)}`;
}
