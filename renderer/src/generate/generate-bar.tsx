import { describeJobProgress } from './describe-job-progress';
import type { JobView } from './use-generate-job';
import { MessageWithSettings } from '../common/settings-mention';

interface BarProps {
  /** Opens Settings from a message that names it. */
  onOpenSettings?: () => void;
  view: JobView;
  selectedCount: number;
  totalCount: number;
  onGenerateSelected: () => void;
  onGenerateAll: () => void;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
  /** Clears a finished job's summary and failures. */
  onDismiss?: () => void;
}

/** Generate for the selection or for everything; while it runs, counts, ETA, pause and cancel. */
export function GenerateBar({ view, selectedCount, totalCount, onGenerateSelected, onGenerateAll, onPause, onResume, onCancel, onOpenSettings, onDismiss }: BarProps) {
  const active = view.phase === 'running' || view.phase === 'paused';
  const progress = view.counts ? describeJobProgress(view.counts, view.phase === 'paused') : null;
  return (
    <section className="generate-bar" aria-label="Generate listings">
      {!active && (
        <>
          <button type="button" onClick={onGenerateSelected} disabled={selectedCount === 0}>
            Generate selected ({selectedCount})
          </button>
          <button type="button" className="primary" onClick={onGenerateAll} disabled={totalCount === 0}>
            Generate all
          </button>
        </>
      )}
      {active && (
        <>
          <progress className="job-progress" aria-label="Generation progress" max={1} value={progress?.fraction ?? undefined} />
          <span className="job-label" role="status">
            {view.phase === 'paused' ? 'Paused · ' : ''}
            {progress?.label ?? 'Starting…'}
          </span>
          {view.phase === 'running' ? (
            <button type="button" onClick={onPause}>
              Pause
            </button>
          ) : (
            <button type="button" onClick={onResume}>
              Resume
            </button>
          )}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          {view.phase === 'paused' && view.message && (
            <p className="job-message" role="alert">
              {view.message}
            </p>
          )}
        </>
      )}
      {view.message && !active && (
        <p className="job-message" role="status">
          <MessageWithSettings text={view.message} onOpenSettings={onOpenSettings} />
        </p>
      )}
      {view.failures.length > 0 && !active && (
        <ul className="job-failures" aria-label="Products that failed">
          {view.failures.slice(0, 20).map((f) => (
            <li key={f.productId}>
              {f.name}: {f.error}
            </li>
          ))}
        </ul>
      )}
      {onDismiss && !active && (view.message || view.failures.length > 0) && (
        <button type="button" className="link job-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
