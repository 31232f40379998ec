import { useCallback, useEffect, useState } from 'react';
import type { ProviderKind } from '../../../shared/domain/generation-options';
import type { SettingsView } from '../../../shared/ipc/routes/settings';
import { useApi } from '../api/api-context';
import type { ListingStyle } from '../setup/listing-style';

/** Generation settings the whole page needs: the provider and the listing style (platform, words). */
export function useAppSettings() {
  const api = useApi();
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [libraryDir, setLibraryDir] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void Promise.all([api.settings.get({}), api.app.info({})]).then(([s, info]) => {
      if (s.ok) setSettings(s.value);
      else setError(s.error.message);
      if (info.ok) setLibraryDir(info.value.libraryDir);
    });
  }, [api]);

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
