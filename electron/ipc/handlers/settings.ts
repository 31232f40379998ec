import { AppError } from '../../../shared/errors';
import type { settingsRoutes } from '../../../shared/ipc/routes/settings';
import type { SettingsView } from '../../../shared/domain/settings-view';
import type { Services } from '../services';
import { readGenerationSettings, writeGenerationSettings } from '../../generation/settings-store';
import { testCloudEndpoint } from '../../generation/test-cloud-endpoint';
import { NO_CLOUD_KEY_MESSAGE } from '../../secrets/cloud-key-store';
import type { DomainHandlers } from '../router';

export function settingsHandlers(services: Services): DomainHandlers<typeof settingsRoutes> {
  const view = (): SettingsView => {
    const settings = readGenerationSettings(services.db);
    const keySource = services.cloudKeys.source();
    return {
      provider: settings.provider,
      cloud: { ...settings.cloud, hasKey: keySource !== 'none', keySource, canSaveKey: services.cloudKeys.canSave() },
      generation: settings.options,
    };
  };
  return {
    'settings.get': () => view(),
    'settings.setCloud': ({ baseURL, model, apiKey }) => {
      // The key first: if the keychain refuses it, nothing else changes either.
      if (apiKey === null) services.cloudKeys.clear();
      else if (apiKey !== undefined) services.cloudKeys.save(apiKey);
      const settings = readGenerationSettings(services.db);
      writeGenerationSettings(services.db, { ...settings, cloud: { baseURL, model } });
      return view();
    },
    'settings.setGeneration': ({ provider, ...options }) => {
      const settings = readGenerationSettings(services.db);
      const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
      writeGenerationSettings(services.db, { ...settings, provider: provider ?? settings.provider, options: { ...settings.options, ...defined } });
      return view();
    },
    'settings.testCloud': async (typed) => {
      const apiKey = typed.apiKey ?? services.cloudKeys.read();
      if (!apiKey) throw new AppError('cloud_auth', NO_CLOUD_KEY_MESSAGE);
      const saved = readGenerationSettings(services.db).cloud;
      return testCloudEndpoint({ baseURL: typed.baseURL ?? saved.baseURL, model: typed.model ?? saved.model }, apiKey);
    },
  };
}
