import type { Core } from '../../core/core';
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

/** The whole handler table. Assigning to Handlers makes a route without a handler a compile error. */
export function createHandlers(core: Core): Handlers {
  return {
    ...appHandlers(core),
    ...libraryHandlers(core),
    ...productsHandlers(core),
    ...draftsHandlers(core),
    ...engineHandlers(core),
    ...modelsHandlers(core),
    ...exportHandlers(core),
    ...catalogHandlers(core),
    ...categoriesHandlers(core),
    ...generateHandlers(core),
    ...settingsHandlers(core),
    ...shopHandlers(core),
    ...dialogHandlers(core),
  };
}
