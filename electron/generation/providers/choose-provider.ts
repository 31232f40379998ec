import { AppError } from '../../../shared/errors';
import type { ProviderKind } from '../../../shared/domain/generation-options';
import type { Db } from '../../db/open-database';
import type { EngineService } from '../../engine/engine-service';
import { createCloudProvider } from './cloud-provider';
import type { ListingProvider } from './listing-provider';
import { createLocalProvider } from './local-provider';
import { readGenerationSettings } from '../settings-store';
import { NO_CLOUD_KEY_MESSAGE, type CloudKeyStore } from '../../secrets/cloud-key-store';
import { readQueueSettings } from '../queue-settings';

/** What choosing a provider reads: the settings, the local engine's state and the saved cloud key. */
export interface ProviderSources {
  db: Db;
  engine: Pick<EngineService, 'status' | 'current' | 'sampling'>;
  cloudKeys: Pick<CloudKeyStore, 'read'>;
}

export interface ChosenProvider {
  provider: ListingProvider;
  concurrency: number;
  itemTimeoutMs: number;
}

/**
 * The endpoint a job writes with, and how many listings run at once: the local server's slot
 * count (more requests than slots only queue inside the server), or the cloud setting.
 */
export function chooseProvider(sources: ProviderSources, engine: ProviderKind): ChosenProvider {
  const queue = readQueueSettings(sources.db);
  if (engine === 'local') {
    const status = sources.engine.status();
    const supervisor = sources.engine.current;
    if (!supervisor || status.state !== 'ready') {
      throw new AppError(
        'engine_unavailable',
        status.state === 'starting'
          ? 'The local model is still loading. Wait until the engine shows Ready, then generate again.'
          : 'No local model is running. Start one in Settings (Engine and model), or choose the cloud model there.',
      );
    }
    const itemTimeoutMs = queue.localItemTimeoutSeconds * 1000;
    return { provider: createLocalProvider(supervisor, { timeoutMs: itemTimeoutMs, sampling: sources.engine.sampling }), concurrency: status.slots ?? 1, itemTimeoutMs };
  }
  const settings = readGenerationSettings(sources.db);
  const apiKey = sources.cloudKeys.read();
  if (!apiKey) throw new AppError('cloud_auth', NO_CLOUD_KEY_MESSAGE);
  return {
    provider: createCloudProvider({ ...settings.cloud, apiKey }),
    concurrency: queue.cloudConcurrency,
    itemTimeoutMs: queue.cloudItemTimeoutSeconds * 1000,
  };
}
