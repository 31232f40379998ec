/** Only web pages over TLS leave the app for the system browser; file:, http:, custom schemes never do. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
