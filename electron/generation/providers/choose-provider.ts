import { AppError } from '../../../shared/errors';
import type { ProviderKind } from '../../../shared/domain/generation-options';
import type { Core } from '../../core/core';
import { createCloudProvider } from './cloud-provider';
import type { ListingProvider } from './listing-provider';
import { createLocalProvider } from './local-provider';
import { readGenerationSettings } from '../settings-store';
import { CLOUD_KEY_ENV } from '../../secrets/cloud-key-store';
import { readQueueSettings } from '../../queue/queue-settings';

export interface ChosenProvider {
  provider: ListingProvider;
  concurrency: number;
  itemTimeoutMs: number;
}

/**
 * The endpoint a job writes with, and how many listings run at once: the local server's slot
 * count (more requests than slots only queue inside the server), or the cloud setting.
 */
export function chooseProvider(core: Core, engine: ProviderKind): ChosenProvider {
  const queue = readQueueSettings(core.db);
  if (engine === 'local') {
    const status = core.engine.status();
    const supervisor = core.engine.current;
    if (!supervisor || status.state !== 'ready') {
      throw new AppError(
        'engine_unavailable',
        status.state === 'starting'
          ? 'The local model is still loading. Wait until the engine shows Ready, then generate again.'
          : 'No local model is running. Start one in Models (or pass --model and --mmproj to the CLI), or choose the cloud engine.',
      );
    }
    const itemTimeoutMs = queue.localItemTimeoutSeconds * 1000;
    return { provider: createLocalProvider(supervisor, { timeoutMs: itemTimeoutMs, sampling: core.engine.sampling }), concurrency: status.slots ?? 1, itemTimeoutMs };
  }
  const settings = readGenerationSettings(core.db);
  const apiKey = core.cloudKeys.read();
  if (!apiKey) {
    throw new AppError('cloud_auth', `No cloud API key is set. Enter one in Settings, or set ${CLOUD_KEY_ENV} for the command line.`);
  }
  return {
    provider: createCloudProvider({ ...settings.cloud, apiKey }),
    concurrency: queue.cloudConcurrency,
    itemTimeoutMs: queue.cloudItemTimeoutSeconds * 1000,
  };
}
