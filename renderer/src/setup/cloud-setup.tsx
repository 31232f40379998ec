import { useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';

/** Base URL, model and key of an OpenAI-compatible service, saved and then tested with one tiny request. */
export function CloudSetup() {
  const api = useApi();
  const [baseURL, setBaseURL] = useState('');
  const [model, setModel] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [hasKey, setHasKey] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.settings.get({}).then((r) => {
      if (!r.ok) return;
      setBaseURL(r.value.cloud.baseURL);
      setModel(r.value.cloud.model);
      setHasKey(r.value.cloud.hasKey);
    });
  }, [api]);

  const saveAndTest = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const saved = await api.settings.setCloud({ baseURL, model, ...(apiKey.trim() ? { apiKey: apiKey.trim() } : {}) });
    if (!saved.ok) {
      setBusy(false);
      return setMessage({ ok: false, text: saved.error.message });
    }
    setApiKey('');
    setHasKey(saved.value.cloud.hasKey);
    const tested = await api.settings.testCloud({});
    setBusy(false);
    setMessage(tested.ok ? { ok: true, text: `Connected: ${tested.value.model} answered in ${tested.value.seconds.toFixed(1)} s.` } : { ok: false, text: tested.error.message });
  };

  return (
    <form className="cloud-setup" aria-label="Cloud model" onSubmit={(e) => void saveAndTest(e)}>
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
        {busy ? 'Testing…' : 'Save and test the connection'}
      </button>
      {message && (
        <p role="status" className={message.ok ? 'ok' : 'bad'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
