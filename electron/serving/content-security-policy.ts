/**
 * The page's Content-Security-Policy. The built app needs no inline script or style: Vite emits
 * CSS files, and React sets `style` props through the CSSOM, which CSP does not restrict.
 * Vite's dev server injects inline <style> tags, the React refresh preamble and a websocket,
 * so dev alone relaxes exactly those.
 */
export function buildContentSecurityPolicy(mode: 'production' | 'development'): string {
  const dev = mode === 'development';
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'ls-photo:', 'data:'],
    'connect-src': dev ? ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'] : ["'self'"],
    'font-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
