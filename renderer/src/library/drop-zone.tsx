import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useApi, useConnection } from '../api/api-context';
import { describeImport } from './describe-import';
import { collectDroppedPaths, parsePathList } from './dropped-paths';
import { PRODUCT_DRAG_TYPE } from './product-card';

interface Report {
  summary: string;
  problems: string[];
}

/**
 * Drop photos or whole folders, or pick them with Open…. In the desktop app Electron gives the
 * files' paths; in the browser host the files are sent to the host first. Each bad file is
 * listed with its reason; the rest of the drop still imports.
 */
/**
 * `compact` once the library has products: one slim line, so the grid gets the room (the whole
 * window still takes dropped photos through this zone's drop handler).
 */
export function DropZone({ onImported, compact = false }: { onImported: () => void; compact?: boolean }) {
  const api = useApi();
  const { files, stageFiles } = useConnection();
  const picker = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [typed, setTyped] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => api.on('library.importProgress', ({ done, total }) => setProgress({ done, total })), [api]);

  const importPaths = async (paths: string[], notes: string[] = []) => {
    if (paths.length === 0) {
      if (notes.length) setReport({ summary: 'Nothing was imported.', problems: notes });
      return;
    }
    setBusy(true);
    const result = await api.library.import({ paths });
    setBusy(false);
    setProgress(null);
    if (!result.ok) return setReport({ summary: result.error.message, problems: notes });
    const described = describeImport(result.value);
    setReport({ summary: described.summary, problems: [...described.problems, ...notes] });
    onImported();
  };

  const importFiles = async (picked: File[]) => {
    if (picked.length === 0) return;
    if (files) {
      const { paths, withoutPath } = collectDroppedPaths(picked, files.pathForFile);
      return importPaths(paths, withoutPath ? [`${withoutPath} dropped item(s) had no file on disk and were left out.`] : []);
    }
    if (!stageFiles) return setReport({ summary: 'Dropping files needs the desktop app here; type a folder path below instead.', problems: [] });
    setBusy(true);
    const staged = await stageFiles(picked);
    setBusy(false);
    return importPaths(staged.paths, staged.failed.map((name) => `${name}: could not be read from the page; try again or type its path below.`));
  };

  const onDrop = (event: DragEvent) => {
    if (event.dataTransfer.types.includes(PRODUCT_DRAG_TYPE)) return;
    event.preventDefault();
    setOver(false);
    void importFiles(Array.from(event.dataTransfer.files));
  };

  const openDialog = async () => {
    if (!files) return picker.current?.click();
    const chosen = await api.dialog.openPhotos({});
    if (chosen.ok) void importPaths(chosen.value.paths);
    else setReport({ summary: chosen.error.message, problems: [] });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void importPaths(parsePathList(typed));
  };

  return (
    <section
      className={`drop-zone${over ? ' drop-zone-over' : ''}${compact ? ' drop-zone-compact' : ''}`}
      aria-label="Import photos"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(PRODUCT_DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      aria-busy={busy}
    >
      <p className="drop-hint">
        {busy ? `Importing… ${progress ? `${progress.done} of ${progress.total}` : ''}` : 'Drop product photos or folders here, or '}
        {!busy && (
          <button type="button" onClick={() => void openDialog()}>
            Open…
          </button>
        )}
      </p>
      <input
        ref={picker}
        type="file"
        multiple
        accept="image/*,.heic,.heif"
        hidden
        aria-label="Choose photos to import"
        data-testid="photo-picker"
        onChange={(e) => {
          void importFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <details className="path-import">
        <summary>Import from a folder path</summary>
        <form onSubmit={onSubmit} className="path-form">
          <textarea aria-label="Folder or file paths, one per line" value={typed} onChange={(e) => setTyped(e.target.value)} rows={1} placeholder="/path/to/photos" />
          <button type="submit" disabled={busy || typed.trim() === ''}>
            Import
          </button>
        </form>
      </details>
      {report && (
        <div role="status" className="import-report">
          <p>
            {report.summary}{' '}
            <button type="button" className="link" onClick={() => setReport(null)}>
              Dismiss
            </button>
          </p>
          {report.problems.length > 0 && (
            <ul className="import-problems" aria-label="Files that were not imported">
              {report.problems.slice(0, 50).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
