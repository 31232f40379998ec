import type { engineRoutes } from '../../../shared/ipc/routes/engine';
import type { Services } from '../services';
import type { DomainHandlers } from '../router';

export function engineHandlers(services: Services): DomainHandlers<typeof engineRoutes> {
  return {
    'engine.status': () => services.engine.status(),
    'engine.start': (input, ctx) => {
      // Later changes (a crash, a restart) reach the window that started the engine.
      services.engine.forwardStatusTo((status) => ctx.emit('engine.status', status));
      return services.engine.start(input);
    },
    'engine.stop': () => services.engine.stop(),
  };
}
