import type { ProviderKind } from '../../../shared/domain/generation-options';
import type { EngineStatusData } from '../../../shared/domain/engine';
import { CloudSetup } from './cloud-setup';
import { ListingStyleFields, type ListingStyle } from './listing-style';
import { LocalSetup } from './local-setup';
import { ProviderChoice } from './provider-choice';

interface SetupProps {
  provider: ProviderKind;
  onProvider: (provider: ProviderKind) => void;
  style: ListingStyle;
  onStyle: (patch: Partial<ListingStyle>) => void;
  engine: EngineStatusData | null;
  onEngine: (s: EngineStatusData) => void;
  onDone: () => void;
}

/**
 * First run: write listings on this computer, or with a cloud service. The next step is always the
 * one prominent button (Download, then Start, then Continue); going on without a model stays
 * possible but plain. The footer is pinned so Continue is in view on a 1366×768 screen.
 */
export function SetupScreen({ provider, onProvider, style, onStyle, engine, onEngine, onDone }: SetupProps) {
  const ready = provider === 'cloud' || engine?.state === 'ready';
  return (
    <main className="setup" aria-labelledby="setup-title">
      <h1 id="setup-title">How should Listing Studio write your listings?</h1>
      <ProviderChoice provider={provider} onProvider={onProvider} />
      {provider === 'local' ? <LocalSetup engine={engine} onEngine={onEngine} /> : <CloudSetup />}
      <ListingStyleFields style={style} onChange={onStyle} />
      <footer className="setup-footer">
        <button type="button" className={ready ? 'primary' : undefined} onClick={onDone}>
          {ready ? 'Continue to the library' : 'Continue without a model for now'}
        </button>
        {!ready && <span className="muted">You can set up the model later in Settings.</span>}
      </footer>
    </main>
  );
}
