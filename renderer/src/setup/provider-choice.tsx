import type { ProviderKind } from '../../../shared/domain/generation-options';

/** Local model or cloud service: the first question of setup, and the first choice in Settings. */
export function ProviderChoice({ provider, onProvider }: { provider: ProviderKind; onProvider: (provider: ProviderKind) => void }) {
  return (
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
  );
}
