import type { engineRoutes } from '../../../shared/ipc/routes/engine';
import type { Services } from '../services';
import type { DomainHandlers } from '../router';

export function engineHandlers(services: Services): DomainHandlers<typeof engineRoutes> {
  return {
    'engine.status': () => services.engine.status(),
    'engine.start': async (input, ctx) => {
      // Later changes (a crash, a restart) reach the window that started the engine.
      services.engine.forwardStatusTo((status) => ctx.emit('engine.status', status));
      // A catalog model brings its own image token limits and request settings.
      return services.engine.start({ ...(await services.models.launchSettings(input.model)), ...input });
    },
    'engine.stop': () => services.engine.stop(),
  };
}
