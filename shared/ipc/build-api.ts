import type { Result } from '../errors';
import { splitRouteName, type Api } from './api';
import type { EventName } from './contract';

/** What the api needs from a transport: one call per route name, and a subscription per event name. */
export interface ApiTransport {
  invoke(route: string, input: unknown): Promise<Result<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `api.drafts.update(input)`-style functions from the contract's names only, so neither
 * side can reach a channel the contract does not list. Shared by the preload and the renderer's
 * HTTP transport, both of which feed it their own transport.
 */
export function buildApi(routeNames: readonly string[], eventNames: readonly string[], transport: ApiTransport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of routeNames) {
    const [namespace, action] = splitRouteName(name);
    api[namespace] ??= {};
    api[namespace][action] = (input: unknown) => transport.invoke(name, input ?? {});
  }
  const known = new Set(eventNames);
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!known.has(event)) throw new Error(`Unknown event "${String(event)}".`);
    return transport.subscribe(event, listener);
  };
  return Object.freeze({ ...freezeEach(api), on }) as unknown as Api;
}

function freezeEach<T extends Record<string, object>>(groups: T): T {
  for (const group of Object.values(groups)) Object.freeze(group);
  return groups;
}
