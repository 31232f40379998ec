import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { CatalogEntry, InstalledModel } from '../../../shared/domain/local-model';
import type { EngineStatusData } from '../../../shared/domain/engine';
import { useApi } from '../api/api-context';
import { formatBytes } from './describe-engine';
import { EngineStatusLine } from './engine-status-line';
import { CatalogList } from './catalog-list';
import { LicenceNote } from './licence-note';
import { ModelDownload } from './model-download';

interface Recommendation {
  entry: CatalogEntry;
  runsOn: 'gpu' | 'cpu';
  reason: string;
}

/** The model recommended for this computer, its download, the installed models and the engine. */
export function LocalSetup({ engine, onEngine }: { engine: EngineStatusData | null; onEngine: (s: EngineStatusData) => void }) {
  const api = useApi();
  const [recommended, setRecommended] = useState<Recommendation | null>(null);
  const [installed, setInstalled] = useState<(InstalledModel & { present: boolean })[]>([]);
  const [paths, setPaths] = useState({ model: '', mmproj: '' });
  const [message, setMessage] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [catalog, setCatalog] = useState<{ entries: CatalogEntry[]; showNonCommercial: boolean }>({ entries: [], showNonCommercial: false });

  const loadInstalled = useCallback(() => {
    void api.models.installed({}).then((r) => r.ok && setInstalled(r.value));
  }, [api]);

  useEffect(() => {
    void Promise.all([api.models.recommend({}), api.models.catalog({})]).then(([rec, cat]) => {
      if (!rec.ok || !cat.ok) return setMessage(!rec.ok ? rec.error.message : !cat.ok ? cat.error.message : null);
      setCatalog(cat.value);
      const entry = cat.value.entries.find((e) => e.id === rec.value.entryId);
      if (entry) setRecommended({ entry, runsOn: rec.value.runsOn, reason: rec.value.reason });
    });
    loadInstalled();
  }, [api, loadInstalled]);

  const addLocal = async (e: FormEvent) => {
    e.preventDefault();
    const result = await api.models.addLocal({ modelPath: paths.model.trim(), mmprojPath: paths.mmproj.trim() });
    setMessage(result.ok ? `Added ${result.value.name}.` : result.error.message);
    if (result.ok) loadInstalled();
  };

  const start = async (model: InstalledModel) => {
    setStarting(true);
    setMessage(null);
    onEngine({ state: 'starting', devices: [], restarts: 0 });
    const result = await api.engine.start({ model: model.modelPath, mmproj: model.mmprojPath });
    setStarting(false);
    if (result.ok) onEngine(result.value);
    else {
      setMessage(result.error.message);
      const now = await api.engine.status({});
      if (now.ok) onEngine(now.value);
    }
  };

  return (
    <section className="local-setup" aria-label="Local model">
      {recommended && (
        <div className="recommended">
          <h3>Recommended for this computer: {recommended.entry.name}</h3>
          <p>
            {recommended.entry.parameters} parameters · {formatBytes(recommended.entry.model.sizeBytes + recommended.entry.mmproj.sizeBytes)} · runs on the{' '}
            {recommended.runsOn === 'gpu' ? 'graphics card' : 'processor'}
          </p>
          <p className="muted">{recommended.reason}</p>
          <LicenceNote entry={recommended.entry} />
          <ModelDownload entry={recommended.entry} installed={installed.some((m) => m.id === recommended.entry.id && m.present)} onInstalled={loadInstalled} />
        </div>
      )}
      <CatalogList
        entries={catalog.entries}
        showNonCommercial={catalog.showNonCommercial}
        recommendedId={recommended?.entry.id ?? null}
        installed={installed}
        onInstalled={loadInstalled}
      />
      <h3>Models on this computer</h3>
      {installed.length === 0 && <p className="empty">None yet: download the recommended model, or add model files you already have.</p>}
      <ul className="installed-models">
        {installed.map((m) => (
          <li key={m.id}>
            <span>
              {m.name} · {formatBytes(m.modelBytes + m.mmprojBytes)}
              {!m.present && ' · files missing'}
            </span>
            {/* Once a model is on disk, starting it is the next step: the one prominent button. */}
            <button
              type="button"
              className={engine?.state === 'ready' ? undefined : 'primary'}
              onClick={() => void start(m)}
              disabled={!m.present || starting}
              aria-label={`${engine?.state === 'ready' && engine.model === m.modelPath ? 'Restart' : 'Start'} ${m.name}`}
            >
              {engine?.state === 'ready' && engine.model === m.modelPath ? 'Restart' : 'Start'}
            </button>
          </li>
        ))}
      </ul>
      <details className="add-local">
        <summary>Add model files you already have</summary>
        <form onSubmit={(e) => void addLocal(e)} className="add-local-form">
          <label>
            Model file (.gguf)
            <input value={paths.model} onChange={(e) => setPaths({ ...paths, model: e.target.value })} placeholder="/models/model.gguf" />
          </label>
          <label>
            Vision file (mmproj .gguf)
            <input value={paths.mmproj} onChange={(e) => setPaths({ ...paths, mmproj: e.target.value })} placeholder="/models/mmproj.gguf" />
          </label>
          <button type="submit" disabled={!paths.model.trim() || !paths.mmproj.trim()}>
            Add model
          </button>
        </form>
      </details>
      {message && <p role="status">{message}</p>}
      <EngineStatusLine status={engine} />
    </section>
  );
}
