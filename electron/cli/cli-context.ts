import { AppError } from '../../shared/errors';
import type { EventName, EventPayload, RouteInput, RouteName, RouteOutput } from '../../shared/ipc/contract';
import type { Core } from '../core/core';
import { createHandlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import type { CliOutput } from './cli-output';

type Listener = (payload: unknown) => void;

/** What every command gets: the library's Core, the app's own handler table, and the output. */
export interface CliContext {
  core: Core;
  out: CliOutput;
  /** Calls a route exactly as the window does (zod-checked); a failure throws its AppError. */
  call<K extends RouteName>(name: K, input: RouteInput<K>): Promise<RouteOutput<K>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** With `verbose`, a route's unexpected failure prints its stack trace; otherwise its sentence is enough. */
export function createCliContext(core: Core, out: CliOutput, verbose = false): CliContext {
  const logError = (route: string, err: unknown): void => {
    if (verbose) out.warn(`${route}: ${(err as Error)?.stack ?? String(err)}`);
  };
  const router = createRouter(createHandlers(core), { logError });
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, payload: unknown): void => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return {
    core,
    out,
    async call(name, input) {
      const result = await router.invoke(name, input, { emit });
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value as RouteOutput<typeof name>;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
  };
}
