import { useEffect, useState, type DragEvent, type FormEvent } from 'react';
import { useApi, useConnection } from '../api/api-context';
import { collectDroppedPaths, parsePathList } from './dropped-paths';
import { describeImport } from './describe-import';

/** Drop photos or whole folders; or type folder paths (the only way in the browser build). */
export function DropZone({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const { files } = useConnection();
  const [over, setOver] = useState(false);
  const [typed, setTyped] = useState('');
  const [report, setReport] = useState<{ summary: string; problems: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => api.on('library.importProgress', ({ done, total }) => setProgress({ done, total })), [api]);

  const importPaths = async (paths: string[]) => {
    if (paths.length === 0) return;
    setBusy(true);
    const result = await api.library.import({ paths });
    setBusy(false);
    setProgress(null);
    setReport(result.ok ? describeImport(result.value) : { summary: result.error.message, problems: [] });
    if (result.ok) onImported();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!files) {
      setReport({ summary: 'Dropping files needs the desktop app here; type a folder path below instead.', problems: [] });
      return;
    }
    const { paths, withoutPath } = collectDroppedPaths(Array.from(event.dataTransfer.files), files.pathForFile);
    if (withoutPath) setReport({ summary: `${withoutPath} dropped item(s) had no file on disk and were left out.`, problems: [] });
    void importPaths(paths);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void importPaths(parsePathList(typed));
  };

  return (
    <section
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      aria-busy={busy}
    >
      <p>{busy ? `Importing… ${progress ? `${progress.done} of ${progress.total}` : ''}` : 'Drop product photos or folders here'}</p>
      <form onSubmit={onSubmit} className="path-form">
        <textarea aria-label="Folder or file paths, one per line" value={typed} onChange={(e) => setTyped(e.target.value)} rows={1} placeholder="/path/to/photos" />
        <button type="submit" disabled={busy || typed.trim() === ''}>Import</button>
      </form>
      {report && (
        <div role="status" className="import-report">
          <p>{report.summary}</p>
          {report.problems.length > 0 && <ul>{report.problems.slice(0, 20).map((p) => <li key={p}>{p}</li>)}</ul>}
        </div>
      )}
    </section>
  );
}
