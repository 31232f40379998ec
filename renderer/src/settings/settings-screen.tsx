import type { ProviderKind } from '../../../shared/domain/generation-options';
import type { EngineStatusData } from '../../../shared/domain/engine';
import { CloudSetup } from '../setup/cloud-setup';
import { LocalSetup } from '../setup/local-setup';
import { ProviderChoice } from '../setup/provider-choice';
import { ShopProfileSection } from './shop-profile-section';

interface SettingsProps {
  provider: ProviderKind;
  onProvider: (provider: ProviderKind) => void;
  engine: EngineStatusData | null;
  onEngine: (s: EngineStatusData) => void;
  onClose: () => void;
}

/**
 * Settings, reachable from the header and from every message that names it: which engine writes
 * listings, the local model (download, start, licences), and the cloud endpoint with its key
 * (tested before it is saved, as in setup).
 */
export function SettingsScreen({ provider, onProvider, engine, onEngine, onClose }: SettingsProps) {
  return (
    <main className="setup settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <ProviderChoice provider={provider} onProvider={onProvider} />
      <section aria-labelledby="settings-engine">
        <h2 id="settings-engine">Engine and model</h2>
        <LocalSetup engine={engine} onEngine={onEngine} />
      </section>
      <section aria-labelledby="settings-cloud">
        <h2 id="settings-cloud">Cloud model</h2>
        <CloudSetup />
      </section>
      <ShopProfileSection />
      <footer className="setup-footer">
        <button type="button" className="primary" onClick={onClose}>
          Back to the library
        </button>
      </footer>
    </main>
  );
}
