import { AppError } from '../../../shared/errors';
import type { settingsRoutes, SettingsView } from '../../../shared/ipc/routes/settings';
import type { Core } from '../../core/core';
import { readGenerationSettings, writeGenerationSettings } from '../../generation/settings-store';
import { testCloudEndpoint } from '../../generation/test-cloud-endpoint';
import { CLOUD_KEY_ENV } from '../../secrets/cloud-key-store';
import type { DomainHandlers } from '../router';

export function settingsHandlers(core: Core): DomainHandlers<typeof settingsRoutes> {
  const view = (): SettingsView => {
    const settings = readGenerationSettings(core.db);
    const keySource = core.cloudKeys.source();
    return {
      provider: settings.provider,
      cloud: { ...settings.cloud, hasKey: keySource !== 'none', keySource, canSaveKey: core.cloudKeys.canSave() },
      generation: settings.options,
    };
  };
  return {
    'settings.get': () => view(),
    'settings.setCloud': ({ baseURL, model, apiKey }) => {
      // The key first: if the keychain refuses it, nothing else changes either.
      if (apiKey === null) core.cloudKeys.clear();
      else if (apiKey !== undefined) core.cloudKeys.save(apiKey);
      const settings = readGenerationSettings(core.db);
      writeGenerationSettings(core.db, { ...settings, cloud: { baseURL, model } });
      return view();
    },
    'settings.setGeneration': ({ provider, ...options }) => {
      const settings = readGenerationSettings(core.db);
      const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
      writeGenerationSettings(core.db, { ...settings, provider: provider ?? settings.provider, options: { ...settings.options, ...defined } });
      return view();
    },
    'settings.testCloud': async (typed) => {
      const apiKey = typed.apiKey ?? core.cloudKeys.read();
      if (!apiKey) throw new AppError('cloud_auth', `No cloud API key is set. Enter one in Settings, or set ${CLOUD_KEY_ENV} for the command line.`);
      const saved = readGenerationSettings(core.db).cloud;
      return testCloudEndpoint({ baseURL: typed.baseURL ?? saved.baseURL, model: typed.model ?? saved.model }, apiKey);
    },
  };
}
