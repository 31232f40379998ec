import { useEffect, useRef, useState } from 'react';
import type { ExportTarget } from '../../../shared/domain/platform-limits';
import type { ExportResult, ExportStatus, LintReport } from '../../../shared/domain/export';
import type { ErrorFix } from '../../../shared/errors';
import { keptPreviousSentence } from '../../../shared/text/kept-previous-sentence';
import { useApi, useConnection } from '../api/api-context';
import { TargetSelect } from '../common/target-select';
import { defaultExportName, folderPartLength, isSuggestedName, joinPath } from './default-export-path';
import { describeExportProgress, type ExportProgressCounts } from './describe-export-progress';
import { LintReportView } from './lint-report-view';
import { ShopProfileFields } from './shop-profile-fields';

interface ExportDialogProps {
  libraryDir: string;
  selectedIds: number[];
  initialTarget: ExportTarget;
  onClose: () => void;
  onExported: () => void;
}

type LintChoice = 'skip' | 'exportAnyway';

/** Tags this window's runs, so progress and cancel address the run this dialog started. */
function newExportJobId(): string {
  return `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Target, image base URL, the pre-flight report, where to save; then where the file went. */
export function ExportDialog({ libraryDir, selectedIds, initialTarget, onClose, onExported }: ExportDialogProps) {
  const api = useApi();
  const desktop = useConnection().files !== null;
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<ExportTarget>(initialTarget);
  const [imageBaseUrl, setImageBaseUrl] = useState('');
  const [onlySelected, setOnlySelected] = useState(false);
  const [status, setStatus] = useState<ExportStatus>('approved');
  const [includeExported, setIncludeExported] = useState(false);
  const [outputPath, setOutputPath] = useState(() => joinPath(joinPath(libraryDir, 'exports'), defaultExportName(initialTarget, new Date())));
  const [report, setReport] = useState<LintReport | null>(null);
  const [choice, setChoice] = useState<LintChoice>('skip');
  const [result, setResult] = useState<ExportResult | null>(null);
  /** The last error, and the button that fixes it when there is one (another place for the file). */
  const [problem, setProblem] = useState<{ message: string; fix?: ErrorFix } | null>(null);
  const setError = (message: string | null, fix?: ErrorFix) => setProblem(message === null ? null : { message, fix });
  const pathField = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  /** The run in progress (its job id), and what its last progress event said. */
  const [runningJob, setRunningJob] = useState<string | null>(null);
  const [progress, setProgress] = useState<ExportProgressCounts | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  // A ref, not the state: the first event may arrive before a re-render would re-subscribe.
  const currentJob = useRef<string | null>(null);
  useEffect(
    () =>
      api.on('export.progress', (p) => {
        if (p.jobId === currentJob.current) setProgress({ phase: p.phase, done: p.done, total: p.total });
      }),
    [api],
  );

  const selection = () => ({
    target,
    ...(onlySelected && selectedIds.length ? { productIds: selectedIds } : { status, includeExported }),
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
  useEffect(() => setReport(null), [target, imageBaseUrl, onlySelected, status, includeExported]);
  // A path still carrying the suggested name follows the target (shopify-….csv → google-….txt).
  useEffect(() => setOutputPath((p) => (isSuggestedName(p) ? p.replace(/[^\\/]+$/, defaultExportName(target, new Date())) : p)), [target]);

  const chooseFile = async () => {
    const chosen = await api.dialog.saveExport({ defaultName: defaultExportName(target, new Date()) });
    if (chosen.ok && chosen.value.path) setOutputPath(chosen.value.path);
    else if (!chosen.ok) setError(chosen.error.message);
  };

  const run = async () => {
    const jobId = newExportJobId();
    currentJob.current = jobId;
    setBusy(true);
    setRunningJob(jobId);
    setProgress(null);
    setCancelled(null);
    setResult(null);
    const written = await api.export.run({ ...selection(), outputPath, onLintFailure: report?.errorCount ? choice : 'abort', jobId });
    currentJob.current = null;
    setBusy(false);
    setRunningJob(null);
    if (!written.ok) {
      // A cancel the owner asked for is not an error: say what was (not) written instead.
      if (written.error.code === 'cancelled') return setCancelled(written.error.message);
      return setError(written.error.message, written.error.fix);
    }
    setResult(written.value);
    setError(null);
    onExported();
  };

  // The desktop app's Save dialog; the browser host has none, so the path field takes the owner's
  // typing with its folder part selected: a new folder replaces it and the file name stays.
  const chooseFolder = () => {
    if (desktop) return void chooseFile();
    const field = pathField.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(0, folderPartLength(field.value));
  };

  const cancel = async () => {
    if (!runningJob) return;
    const stopped = await api.export.cancel({ jobId: runningJob });
    if (!stopped.ok) setError(stopped.error.message);
  };

  const progressView = describeExportProgress(progress);

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
        <ShopProfileFields target={target} onSaved={() => setReport(null)} />
        <fieldset className="export-scope">
          <legend>Products</legend>
          <label className="inline">
            <input type="radio" name="scope" checked={!onlySelected} onChange={() => setOnlySelected(false)} />
            <select aria-label="Drafts with status" value={status} disabled={onlySelected} onChange={(e) => setStatus(e.target.value as ExportStatus)}>
              <option value="approved">Approved</option>
              <option value="draft">Drafts</option>
              <option value="flagged">Flagged</option>
              <option value="all">All written</option>
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" checked={includeExported} disabled={onlySelected} onChange={(e) => setIncludeExported(e.target.checked)} /> Include those already exported there
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
            <input ref={pathField} aria-label="Export file path" value={outputPath} onChange={(e) => setOutputPath(e.target.value)} />
            {desktop && (
              <button type="button" onClick={() => void chooseFile()}>
                Choose…
              </button>
            )}
          </span>
        </label>
      </div>
      {runningJob && (
        <div className="export-progress">
          <progress aria-label="Export progress" max={1} value={progressView.fraction ?? undefined} />
          <span role="status">{progressView.label}</span>
          <button type="button" onClick={() => void cancel()}>
            Cancel export
          </button>
        </div>
      )}
      {cancelled && (
        <p className="export-cancelled" role="status">
          {cancelled}
        </p>
      )}
      {problem && (
        <p role="alert">
          {problem.message}
          {problem.fix === 'choose_export_folder' && (
            <button type="button" className="notice-action" onClick={chooseFolder}>
              Choose a folder…
            </button>
          )}
        </p>
      )}
      {result && (
        <div className="export-result" role="status">
          {result.status === 'written' && result.file ? (
            <>
              <p>
                Wrote {result.rowsWritten} row{result.rowsWritten === 1 ? '' : 's'} for {result.exportedProductIds.length} product{result.exportedProductIds.length === 1 ? '' : 's'}
                {result.imagesCopied ? ` and copied ${result.imagesCopied} images` : ''} to <code className="export-file">{breakAtSeparators(result.file)}</code>
                {result.keptPrevious ? `. ${keptPreviousSentence(result.file, result.keptPrevious)}` : ''}
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

/** A path that wraps only after a folder separator, never inside a file name. */
function breakAtSeparators(file: string) {
  return file.split(/(?<=[\\/])/).map((part, i) => (
    <span key={i}>
      {part}
      <wbr />
    </span>
  ));
}
