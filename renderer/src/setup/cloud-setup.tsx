import { useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';

/**
 * Base URL, model and key of an OpenAI-compatible service. What is typed is tested with one tiny
 * request first and saved only if it works, so a mistyped key never replaces a working one; when
 * the service cannot be reached now (offline, say), "Save anyway" keeps the values regardless.
 */
export function CloudSetup() {
  const api = useApi();
  const [baseURL, setBaseURL] = useState('');
  const [model, setModel] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [hasKey, setHasKey] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.settings.get({}).then((r) => {
      if (!r.ok) return;
      setBaseURL(r.value.cloud.baseURL);
      setModel(r.value.cloud.model);
      setHasKey(r.value.cloud.hasKey);
    });
  }, [api]);

  const typed = () => ({ baseURL, model, ...(apiKey.trim() ? { apiKey: apiKey.trim() } : {}) });

  const save = async (): Promise<string | null> => {
    const saved = await api.settings.setCloud(typed());
    if (!saved.ok) return saved.error.message;
    setApiKey('');
    setHasKey(saved.value.cloud.hasKey);
    setUnsaved(false);
    return null;
  };

  const testAndSave = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const tested = await api.settings.testCloud(typed());
    if (!tested.ok) {
      setBusy(false);
      setUnsaved(true);
      return setMessage({ ok: false, text: `${tested.error.message} Nothing was saved${hasKey ? '; the saved key is kept' : ''}.` });
    }
    const problem = await save();
    setBusy(false);
    setMessage(problem ? { ok: false, text: problem } : { ok: true, text: `Connected: ${tested.value.model} answered in ${tested.value.seconds.toFixed(1)} s. Saved.` });
  };

  const saveAnyway = async () => {
    setBusy(true);
    const problem = await save();
    setBusy(false);
    setMessage(problem ? { ok: false, text: problem } : { ok: true, text: 'Saved without a working connection; generation will say what is wrong.' });
  };

  return (
    <form className="cloud-setup" aria-label="Cloud model" onSubmit={(e) => void testAndSave(e)}>
      <label>
        API base URL
        <input type="url" value={baseURL} onChange={(e) => setBaseURL(e.target.value)} placeholder="https://api.openai.com/v1" required />
      </label>
      <label>
        Model
        <input value={model} onChange={(e) => setModel(e.target.value)} placeholder="gpt-4.1-mini" required />
      </label>
      <label>
        API key
        <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} placeholder={hasKey ? 'A key is saved; type to replace it' : 'sk-…'} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Testing…' : 'Test the connection and save'}
      </button>
      {unsaved && !busy && (
        <button type="button" onClick={() => void saveAnyway()}>
          Save anyway
        </button>
      )}
      {message && (
        <p role="status" className={message.ok ? 'ok' : 'bad'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
