import type { Services } from '../services';
import type { Handlers } from '../router';
import { appHandlers } from './app';
import { catalogHandlers } from './catalog';
import { categoriesHandlers } from './categories';
import { dialogHandlers } from './dialog';
import { draftsHandlers } from './drafts';
import { engineHandlers } from './engine';
import { exportHandlers } from './export';
import { generateHandlers } from './generate';
import { libraryHandlers } from './library';
import { modelsHandlers } from './models';
import { productsHandlers } from './products';
import { settingsHandlers } from './settings';
import { shopHandlers } from './shop';
import { variantsHandlers } from './variants';

/** The whole handler table. Assigning to Handlers makes a route without a handler a compile error. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...libraryHandlers(services),
    ...productsHandlers(services),
    ...draftsHandlers(services),
    ...engineHandlers(services),
    ...modelsHandlers(services),
    ...exportHandlers(services),
    ...catalogHandlers(services),
    ...categoriesHandlers(services),
    ...generateHandlers(services),
    ...settingsHandlers(services),
    ...shopHandlers(services),
    ...variantsHandlers(services),
    ...dialogHandlers(),
  };
}
