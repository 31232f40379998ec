import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { FIRST_PAGE, type ProductPage } from '../library/use-products';
import { SetupScreen } from '../setup/setup-screen';
import { useEngineStatus } from '../setup/use-engine-status';
import { useAppSettings } from './use-app-settings';
import { Workspace } from './workspace';

/**
 * First run (an empty library and no engine or cloud key yet) shows the setup: local model or
 * cloud service. Otherwise, or once the person continues or skips, the library. The header's
 * Engine button brings setup back.
 */
export function App() {
  const api = useApi();
  const { settings, style, libraryDir, error, apply } = useAppSettings();
  const [engine, setEngine] = useEngineStatus();
  const [firstPage, setFirstPage] = useState<ProductPage | null>(null);
  const [view, setView] = useState<'loading' | 'setup' | 'library'>('loading');

  useEffect(() => {
    // The grid's first page doubles as the first-run check, so the library opens without a second round trip.
    void api.products.list({ limit: FIRST_PAGE }).then((r) => setFirstPage(r.ok ? r.value : { items: [], total: 0 }));
  }, [api]);

  useEffect(() => {
    if (view !== 'loading' || !settings || !engine || !firstPage) return;
    const ready = engine.state === 'ready' || (settings.provider === 'cloud' && settings.cloud.hasKey);
    setView(ready || firstPage.total > 0 ? 'library' : 'setup');
  }, [view, settings, engine, firstPage]);

  return (
    <div className="app">
      {error && (
        <p role="alert" className="fatal">
          {error}
        </p>
      )}
      {view === 'loading' && <p className="empty">Loading…</p>}
      {view === 'setup' && settings && (
        <SetupScreen
          provider={settings.provider}
          onProvider={(provider) => void apply({ provider })}
          style={style}
          onStyle={(patch) => void apply(patch)}
          engine={engine}
          onEngine={setEngine}
          onDone={() => setView('library')}
        />
      )}
      {view === 'library' && <Workspace initialPage={firstPage} style={style} engine={engine} libraryDir={libraryDir} onOpenSetup={() => setView('setup')} />}
    </div>
  );
}
