import type { Result } from '../../../shared/errors';
import type { ApiTransport } from '../../../shared/ipc/build-api';

/**
 * The same api over HTTP, for the page served by the browser test host: POST /rpc/<route> with a
 * bearer token, events as named server-sent events from /events (EventSource cannot send headers,
 * so the token rides in its query).
 */
export function createHttpTransport(baseUrl: string, token: string, fetchFn: typeof fetch = fetch): ApiTransport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureSource = (event: string): EventSource => {
    source ??= new EventSource(new URL(`/events?token=${encodeURIComponent(token)}`, baseUrl));
    if (!listeners.has(event)) {
      listeners.set(event, new Set());
      source.addEventListener(event, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
        listeners.get(event)?.forEach((listener) => listener(payload));
      });
    }
    return source;
  };

  return {
    invoke: (route, input) => postRoute(fetchFn, new URL(`/rpc/${route}`, baseUrl), token, input),
    subscribe(event, listener) {
      ensureSource(event);
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)?.delete(listener);
    },
  };
}

async function postRoute(fetchFn: typeof fetch, url: URL, token: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: `Could not reach Listing Studio at ${url.origin}: ${(err as Error).message}` } };
  }
  const body = await readJson(response);
  if (isResult(body)) return body;
  return { ok: false, error: { code: 'internal', message: `Listing Studio answered ${response.status} ${response.statusText} to ${url.pathname}.` } };
}

/** A proxy's HTML error page or an empty 401 is not JSON: the caller reports the status instead. */
async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
}
