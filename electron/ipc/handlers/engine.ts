import type { engineRoutes } from '../../../shared/ipc/routes/engine';
import type { Core } from '../../core/core';
import type { DomainHandlers } from '../router';

export function engineHandlers(core: Core): DomainHandlers<typeof engineRoutes> {
  return {
    'engine.status': () => core.engine.status(),
    'engine.start': async (input, ctx) => {
      // Later changes (a crash, a restart) reach the window that started the engine.
      core.engine.forwardStatusTo((status) => ctx.emit('engine.status', status));
      // A catalog model brings its own image token limits and request settings.
      return core.engine.start({ ...(await core.models.launchSettings(input.model)), ...input });
    },
    'engine.stop': () => core.engine.stop(),
  };
}
