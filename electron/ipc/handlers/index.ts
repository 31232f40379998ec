import type { Core } from '../../core/core';
import type { Handlers } from '../router';
import { appHandlers } from './app';

/** The whole handler table. Assigning to Handlers makes a route without a handler a compile error. */
export function createHandlers(core: Core): Handlers {
  return {
    ...appHandlers(core),
  };
}
