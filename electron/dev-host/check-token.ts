import crypto from 'node:crypto';

/** A fresh 256-bit token per host run; it rides in the page URL's hash, never in a log line. */
export function createHostToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so timingSafeEqual gets equal lengths and
 * the comparison reveals neither the token's length nor how many leading characters matched.
 */
export function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const a = crypto.createHash('sha256').update(expected).digest();
  const b = crypto.createHash('sha256').update(given).digest();
  return crypto.timingSafeEqual(a, b);
}

/** The token of a request: the bearer header (rpc, uploads) or `?token=` (EventSource and <img> cannot send headers). */
export function readRequestToken(authorization: string | undefined, url: URL): string | null {
  const bearer = /^Bearer (.+)$/.exec(authorization ?? '');
  return bearer?.[1] ?? url.searchParams.get('token');
}
