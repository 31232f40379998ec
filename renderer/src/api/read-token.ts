/** The browser host opens the page as http://127.0.0.1:PORT/#token=…; the token never goes in a query string the server would log. */
export function readTokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() !== '' ? token : null;
}
