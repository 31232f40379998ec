const MASK = '***';
/** Keys shorter than this are not matched on their own: they would mask ordinary words. */
const MIN_SECRET_LENGTH = 8;

/**
 * Removes a secret from text bound for a log, an error message or the renderer: the key itself,
 * and any bearer token or sk- style key an endpoint echoes back in its error body.
 */
export function redactSecret(text: string, secret: string | undefined): string {
  let out = text;
  if (secret && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(MASK);
  return out.replace(/(Bearer\s+)[^\s"',;]+/gi, `$1${MASK}`).replace(/\bsk-[A-Za-z0-9_-]{12,}/g, MASK);
}
