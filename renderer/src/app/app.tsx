import { useState } from 'react';
import { SettingsScreen } from '../settings/settings-screen';
import { SetupScreen } from '../setup/setup-screen';
import { useEngineStatus } from '../setup/use-engine-status';
import { firstView, type BootData } from './boot-data';
import { useAppSettings } from './use-app-settings';
import { Workspace } from './workspace';

/**
 * First run (an empty library and no engine or cloud key yet) shows the setup: local model or
 * cloud service. Otherwise, or once the person continues, the library. The header's Settings and
 * Engine buttons (and any message that names Settings) open Settings. `boot` holds the start-up answers, asked before React loaded.
 */
export function App({ boot }: { boot: BootData }) {
  const { settings, style, libraryDir, error, apply } = useAppSettings(boot);
  const [engine, setEngine] = useEngineStatus(boot.engine.ok ? boot.engine.value : null);
  const [view, setView] = useState<'setup' | 'library' | 'settings'>(() => firstView(boot));
  const firstPage = boot.firstPage.ok ? boot.firstPage.value : null;

  return (
    <div className="app">
      {error && (
        <p role="alert" className="fatal">
          {error}
        </p>
      )}
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
      {view === 'settings' && settings && (
        <SettingsScreen provider={settings.provider} onProvider={(provider) => void apply({ provider })} engine={engine} onEngine={setEngine} onClose={() => setView('library')} />
      )}
      {view === 'library' && <Workspace initialPage={firstPage} style={style} engine={engine} libraryDir={libraryDir} onOpenSettings={() => setView('settings')} />}
    </div>
  );
}
