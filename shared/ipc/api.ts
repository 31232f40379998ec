import type { Result } from '../errors';
import type { EventName, EventPayload, RouteInput, RouteName, RouteOutput } from './contract';

/**
 * What the renderer sees: one named function per route, grouped by namespace
 * (`api.drafts.update(input)`), each resolving to a Result, never rejecting.
 */
type Namespace<K> = K extends `${infer N}.${string}` ? N : never;
type Action<K, N extends string> = K extends `${N}.${infer A}` ? A : never;

export type Api = {
  [N in Namespace<RouteName>]: {
    [A in Action<RouteName, N>]: `${N}.${A}` extends infer K extends RouteName
      ? (input: RouteInput<K>) => Promise<Result<RouteOutput<K>>>
      : never;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Splits a route name into namespace and action. */
export function splitRouteName(name: string): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}
