import { useCallback, useState } from 'react';
import type { ProviderKind } from '../../../shared/domain/generation-options';
import type { SettingsView } from '../../../shared/domain/settings-view';
import { useApi } from '../api/api-context';
import type { ListingStyle } from '../setup/listing-style';
import type { BootData } from './boot-data';

/** Generation settings the whole page needs: the provider and the listing style (platform, words). */
export function useAppSettings(boot: BootData) {
  const api = useApi();
  const [settings, setSettings] = useState<SettingsView | null>(boot.settings.ok ? boot.settings.value : null);
  const libraryDir = boot.info.ok ? boot.info.value.libraryDir : '';
  const [error, setError] = useState<string | null>(boot.settings.ok ? null : boot.settings.error.message);

  const apply = useCallback(
    async (patch: { provider?: ProviderKind } & Partial<ListingStyle>) => {
      // Shown at once (a radio must not lag behind the click); the saved view replaces it.
      const { provider, ...style } = patch;
      setSettings((s) => s && { ...s, provider: provider ?? s.provider, generation: { ...s.generation, ...style } });
      const result = await api.settings.setGeneration(patch);
      if (result.ok) setSettings(result.value);
      else setError(result.error.message);
    },
    [api],
  );

  const style: ListingStyle = { platform: settings?.generation.platform ?? 'generic', wordTarget: settings?.generation.wordTarget ?? 50 };
  return { settings, style, libraryDir, error, apply };
}
