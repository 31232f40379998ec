import type { z } from 'zod';
import { appEvents, appRoutes } from './routes/app';
import { catalogEvents, catalogRoutes } from './routes/catalog';
import { categoriesEvents, categoriesRoutes } from './routes/categories';
import { dialogEvents, dialogRoutes } from './routes/dialog';
import { draftsEvents, draftsRoutes } from './routes/drafts';
import { engineEvents, engineRoutes } from './routes/engine';
import { exportEvents, exportRoutes } from './routes/export';
import { generateEvents, generateRoutes } from './routes/generate';
import { libraryEvents, libraryRoutes } from './routes/library';
import { modelsEvents, modelsRoutes } from './routes/models';
import { productsEvents, productsRoutes } from './routes/products';
import { settingsEvents, settingsRoutes } from './routes/settings';
import { shopEvents, shopRoutes } from './routes/shop';
import { variantsEvents, variantsRoutes } from './routes/variants';

/**
 * The one IPC contract: every route the renderer may call, named `namespace.action`, with zod
 * schemas for input and output. Each domain owns one file under routes/.
 */
export const routes = {
  ...appRoutes,
  ...libraryRoutes,
  ...productsRoutes,
  ...draftsRoutes,
  ...engineRoutes,
  ...modelsRoutes,
  ...exportRoutes,
  ...catalogRoutes,
  ...categoriesRoutes,
  ...generateRoutes,
  ...settingsRoutes,
  ...shopRoutes,
  ...variantsRoutes,
  ...dialogRoutes,
};

/** Typed events main sends to the renderer (progress of long work, engine status…). */
export const events = {
  ...appEvents,
  ...libraryEvents,
  ...productsEvents,
  ...draftsEvents,
  ...engineEvents,
  ...modelsEvents,
  ...exportEvents,
  ...catalogEvents,
  ...categoriesEvents,
  ...generateEvents,
  ...settingsEvents,
  ...shopEvents,
  ...variantsEvents,
  ...dialogEvents,
};

export type Routes = typeof routes;
export type RouteName = keyof Routes;
/** What a caller sends (before zod defaults and transforms). */
export type RouteInput<K extends RouteName> = z.input<Routes[K]['input']>;
/** What a handler receives (after parsing). */
export type RouteParsed<K extends RouteName> = z.output<Routes[K]['input']>;
export type RouteOutput<K extends RouteName> = z.output<Routes[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = Events[K] extends z.ZodType ? z.output<Events[K]> : never;

export const routeNames = Object.keys(routes) as RouteName[];
export const eventNames = Object.keys(events) as EventName[];
