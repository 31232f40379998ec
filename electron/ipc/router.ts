import { AppError, type Result } from '../../shared/errors';
import { routes, type EventName, type EventPayload, type RouteName, type RouteOutput, type RouteParsed } from '../../shared/ipc/contract';
import { describeZodError } from '../../shared/describe-zod-error';

export interface HandlerContext {
  /** Sends a typed event to the window (or to the test host's listeners). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<K extends RouteName> = (input: RouteParsed<K>, ctx: HandlerContext) => Promise<RouteOutput<K>> | RouteOutput<K>;

/** Every route must have exactly one handler: a missing key here is a compile error. */
export type Handlers = { [K in RouteName]: Handler<K> };

/** The handlers of one domain's routes, e.g. `DomainHandlers<typeof draftsRoutes>`. */
export type DomainHandlers<R> = { [K in keyof R & RouteName]: Handler<K> };

export interface Router {
  readonly routeNames: readonly RouteName[];
  invoke(name: string, rawInput: unknown, ctx: HandlerContext): Promise<Result<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected errors are logged (never with the input, which may hold secrets). */
  logError?: (route: string, err: unknown) => void;
}

/**
 * The handler table, callable without Electron: parses input with the route's zod schema before
 * the handler runs, and turns every failure into `{ ok: false, error }` data.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions = {}): Router {
  const names = Object.keys(routes) as RouteName[];
  return {
    routeNames: names,
    async invoke(name, rawInput, ctx) {
      if (!Object.hasOwn(routes, name)) {
        return { ok: false, error: { code: 'not_found', message: `Unknown route "${name}".` } };
      }
      const key = name as RouteName;
      const parsed = routes[key].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid_input', message: `${name}: ${describeZodError(parsed.error)}` } };
      }
      try {
        const handler = handlers[key] as (input: unknown, ctx: HandlerContext) => unknown;
        const value = await handler(parsed.data, ctx);
        return { ok: true, value };
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message, ...(err.fix ? { fix: err.fix } : {}) } };
        opts.logError?.(name, err);
        return { ok: false, error: { code: 'internal', message: `${name} failed unexpectedly: ${(err as Error)?.message ?? String(err)}` } };
      }
    },
  };
}
