import type { ProviderKind } from '../../../shared/domain/generation-options';
import type { EngineStatusData } from '../../../shared/ipc/routes/engine';
import { CloudSetup } from './cloud-setup';
import { ListingStyleFields, type ListingStyle } from './listing-style';
import { LocalSetup } from './local-setup';

interface SetupProps {
  provider: ProviderKind;
  onProvider: (provider: ProviderKind) => void;
  style: ListingStyle;
  onStyle: (patch: Partial<ListingStyle>) => void;
  engine: EngineStatusData | null;
  onEngine: (s: EngineStatusData) => void;
  onDone: () => void;
}

/** First run (and the Engine button later): write listings on this computer, or with a cloud service. */
export function SetupScreen({ provider, onProvider, style, onStyle, engine, onEngine, onDone }: SetupProps) {
  return (
    <main className="setup" aria-labelledby="setup-title">
      <h1 id="setup-title">How should Listing Studio write your listings?</h1>
      <div className="provider-choice" role="radiogroup" aria-label="Where listings are written">
        <label className={`choice${provider === 'local' ? ' chosen' : ''}`}>
          <input type="radio" name="provider" checked={provider === 'local'} onChange={() => onProvider('local')} />
          <strong>On this computer</strong>
          <span>Private and free after a one-time model download; works offline.</span>
        </label>
        <label className={`choice${provider === 'cloud' ? ' chosen' : ''}`}>
          <input type="radio" name="provider" checked={provider === 'cloud'} onChange={() => onProvider('cloud')} />
          <strong>With a cloud service</strong>
          <span>Faster on older computers; needs an API key and sends your photos to that service.</span>
        </label>
      </div>
      {provider === 'local' ? <LocalSetup engine={engine} onEngine={onEngine} /> : <CloudSetup />}
      <ListingStyleFields style={style} onChange={onStyle} />
      <p>
        <button type="button" className="primary" onClick={onDone}>
          {provider === 'local' && engine?.state !== 'ready' ? 'Skip for now and go to the library' : 'Continue to the library'}
        </button>
      </p>
    </main>
  );
}
