import type { EngineStatusData } from '../../../shared/domain/engine';
import { describeEngine } from './describe-engine';

export function EngineStatusLine({ status }: { status: EngineStatusData | null }) {
  if (!status) return null;
  const { tone, label, note } = describeEngine(status);
  return (
    <p className={`engine-status engine-${tone}`} role="status" aria-label="Local engine status">
      <span className="dot" aria-hidden="true" /> Engine: {label}
      {status.devices.length > 0 && status.state === 'ready' && <small> ({status.devices.join(', ')})</small>}
      {note && <small className="engine-note"> {note}</small>}
    </p>
  );
}
