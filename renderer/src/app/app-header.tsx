import type { KeyboardEvent } from 'react';
import type { EngineStatusData } from '../../../shared/domain/engine';
import { describeEngine } from '../setup/describe-engine';
import { SHORTCUT_HELP } from './shortcut-keys';

interface HeaderProps {
  total: number;
  /** The count is of the Trash, not the library. */
  inTrash?: boolean;
  engine: EngineStatusData | null;
  onOpenSettings: () => void;
  onExport: () => void;
}

/** Esc closes the shortcuts list and gives focus back to its button, like any popover. */
function closeOnEscape(e: KeyboardEvent<HTMLDetailsElement>) {
  if (e.key !== 'Escape' || !e.currentTarget.open) return;
  e.currentTarget.open = false;
  e.currentTarget.querySelector('summary')?.focus();
  e.stopPropagation();
}

export function AppHeader({ total, inTrash = false, engine, onOpenSettings, onExport }: HeaderProps) {
  const status = engine ? describeEngine(engine) : null;
  return (
    <header className="app-header">
      <h1>Listing Studio</h1>
      <span className="count" data-testid="product-count">
        {total} product{total === 1 ? '' : 's'}
        {inTrash && ' in the Trash'}
      </span>
      <span className="header-gap" />
      <details className="shortcuts" onKeyDown={closeOnEscape}>
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
      <button type="button" className="primary" onClick={onExport} disabled={total === 0} title={total === 0 ? 'Add photos first: there is nothing to export yet' : undefined}>
        Export…
      </button>
    </header>
  );
}
