import { useEffect, useRef, useState } from 'react';
import type { ExportTarget } from '../../../shared/domain/platform-limits';
import type { ExportResult, LintReport } from '../../../shared/ipc/routes/export';
import { useApi, useConnection } from '../api/api-context';
import { TargetSelect } from '../common/target-select';
import { defaultExportName, isSuggestedName, joinPath } from './default-export-path';
import { LintReportView } from './lint-report-view';

interface ExportDialogProps {
  libraryDir: string;
  selectedIds: number[];
  initialTarget: ExportTarget;
  onClose: () => void;
  onExported: () => void;
}

type LintChoice = 'skip' | 'exportAnyway';

/** Target, image base URL, the pre-flight report, where to save; then where the file went. */
export function ExportDialog({ libraryDir, selectedIds, initialTarget, onClose, onExported }: ExportDialogProps) {
  const api = useApi();
  const desktop = useConnection().files !== null;
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<ExportTarget>(initialTarget);
  const [imageBaseUrl, setImageBaseUrl] = useState('');
  const [onlySelected, setOnlySelected] = useState(false);
  const [outputPath, setOutputPath] = useState(() => joinPath(joinPath(libraryDir, 'exports'), defaultExportName(initialTarget, new Date())));
  const [report, setReport] = useState<LintReport | null>(null);
  const [choice, setChoice] = useState<LintChoice>('skip');
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const selection = () => ({
    target,
    ...(onlySelected && selectedIds.length ? { productIds: selectedIds } : {}),
    options: imageBaseUrl.trim() ? { imageBaseUrl: imageBaseUrl.trim() } : {},
  });

  const check = async () => {
    setBusy(true);
    const lint = await api.export.lint(selection());
    setBusy(false);
    setResult(null);
    if (lint.ok) {
      setReport(lint.value);
      setError(null);
    } else setError(lint.error.message);
  };

  // Any change of what is exported makes the last report stale.
  useEffect(() => setReport(null), [target, imageBaseUrl, onlySelected]);
  // A path still carrying the suggested name follows the target (shopify-….csv → google-….txt).
  useEffect(() => setOutputPath((p) => (isSuggestedName(p) ? p.replace(/[^\\/]+$/, defaultExportName(target, new Date())) : p)), [target]);

  const chooseFile = async () => {
    const chosen = await api.dialog.saveExport({ defaultName: defaultExportName(target, new Date()) });
    if (chosen.ok && chosen.value.path) setOutputPath(chosen.value.path);
    else if (!chosen.ok) setError(chosen.error.message);
  };

  const run = async () => {
    setBusy(true);
    const written = await api.export.run({ ...selection(), outputPath, onLintFailure: report?.errorCount ? choice : 'abort' });
    setBusy(false);
    if (!written.ok) return setError(written.error.message);
    setResult(written.value);
    setError(null);
    onExported();
  };

  const showInFolder = async (file: string) => {
    const shown = await api.dialog.showInFolder({ path: file });
    if (!shown.ok) setError(shown.error.message);
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <h2 id="export-title">Export listings</h2>
      <div className="export-fields">
        <label>
          Storefront
          <TargetSelect value={target} onChange={setTarget} />
        </label>
        <label>
          Image base URL <small>(where you will upload the images folder)</small>
          <input type="url" placeholder="https://cdn.example.com/products" value={imageBaseUrl} onChange={(e) => setImageBaseUrl(e.target.value)} />
        </label>
        <fieldset className="export-scope">
          <legend>Products</legend>
          <label className="inline">
            <input type="radio" name="scope" checked={!onlySelected} onChange={() => setOnlySelected(false)} /> All approved
          </label>
          <label className="inline">
            <input type="radio" name="scope" checked={onlySelected} disabled={selectedIds.length === 0} onChange={() => setOnlySelected(true)} /> Selected ({selectedIds.length})
          </label>
        </fieldset>
        <button type="button" onClick={() => void check()} disabled={busy}>
          Check listings
        </button>
        {report && <LintReportView report={report} />}
        {report && report.errorCount > 0 && (
          <label>
            Products with errors
            <select value={choice} onChange={(e) => setChoice(e.target.value as LintChoice)}>
              <option value="skip">Leave them out of the file</option>
              <option value="exportAnyway">Export them anyway</option>
            </select>
          </label>
        )}
        <label>
          Save as
          <span className="path-row">
            <input aria-label="Export file path" value={outputPath} onChange={(e) => setOutputPath(e.target.value)} />
            {desktop && (
              <button type="button" onClick={() => void chooseFile()}>
                Choose…
              </button>
            )}
          </span>
        </label>
      </div>
      {error && <p role="alert">{error}</p>}
      {result && (
        <div className="export-result" role="status">
          {result.status === 'written' && result.file ? (
            <>
              <p>
                Wrote {result.rowsWritten} row{result.rowsWritten === 1 ? '' : 's'} for {result.exportedProductIds.length} product{result.exportedProductIds.length === 1 ? '' : 's'}
                {result.imagesCopied ? ` and copied ${result.imagesCopied} images` : ''} to <code className="export-file">{result.file}</code>
              </p>
              {desktop && (
                <button type="button" onClick={() => void showInFolder(result.file!)}>
                  Show in folder
                </button>
              )}
            </>
          ) : (
            <p>Nothing was written: fix the errors above, or choose to leave those products out.</p>
          )}
          {result.notices.map((n) => (
            <p key={n} className="notice">
              {n}
            </p>
          ))}
        </div>
      )}
      <footer className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
        <button type="button" className="primary" onClick={() => void run()} disabled={busy || !report || outputPath.trim() === ''}>
          {busy ? 'Working…' : 'Export'}
        </button>
      </footer>
    </dialog>
  );
}
