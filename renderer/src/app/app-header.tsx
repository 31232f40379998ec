import type { EngineStatusData } from '../../../shared/ipc/routes/engine';
import { describeEngine } from '../setup/describe-engine';
import { SHORTCUT_HELP } from './shortcut-keys';

interface HeaderProps {
  total: number;
  engine: EngineStatusData | null;
  onOpenSettings: () => void;
  onExport: () => void;
}

export function AppHeader({ total, engine, onOpenSettings, onExport }: HeaderProps) {
  const status = engine ? describeEngine(engine) : null;
  return (
    <header className="app-header">
      <h1>Listing Studio</h1>
      <span className="count" data-testid="product-count">
        {total} product{total === 1 ? '' : 's'}
      </span>
      <span className="header-gap" />
      <details className="shortcuts">
        <summary>Keyboard shortcuts</summary>
        <dl>
          {SHORTCUT_HELP.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </details>
      <button type="button" className={`engine-chip engine-${status?.tone ?? 'idle'}`} onClick={onOpenSettings} aria-label={`Engine and model settings. Engine: ${status?.label ?? 'unknown'}`}>
        <span className="dot" aria-hidden="true" /> {status ? status.label.split(' · ')[0] : 'Engine'}
      </button>
      <button type="button" onClick={onOpenSettings}>
        Settings
      </button>
      <button type="button" className="primary" onClick={onExport}>
        Export…
      </button>
    </header>
  );
}
