import { useEffect, useRef, useState } from 'react';
import type { CatalogEntry } from '../../../shared/domain/local-model';
import { useApi } from '../api/api-context';
import { formatBytes } from './describe-engine';
import {
  describeDownload,
  describeRate,
  downloadButtons,
  forwardOnly,
  initialDownload,
  phaseAfterDownload,
  progressValue,
  type DownloadAction,
  type DownloadPhase,
  type DownloadProgressView,
  type RateSample,
} from './download-state';

/**
 * Downloads a catalog model with a progress bar, Pause, Resume and Cancel; a finished download is
 * installed. Resume is a new download of the same entry, which continues from the kept files.
 * Once the entry is installed there is nothing to download: it says so instead of offering it again.
 */
export function ModelDownload({ entry, installed, onInstalled }: { entry: CatalogEntry; installed: boolean; onInstalled: () => void }) {
  const api = useApi();
  const [phase, setPhase] = useState<DownloadPhase>('idle');
  const [downloadId, setDownloadId] = useState<string | null>(null);
  const [progress, setProgress] = useState<DownloadProgressView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rate, setRate] = useState('');
  /** Where this run started, for speed and time left. */
  const firstSample = useRef<RateSample | null>(null);

  // Files kept from an earlier session, or from a download that failed, make the button Resume.
  useEffect(() => {
    if (phase !== 'idle') return;
    let live = true;
    void api.models.partialDownloads({}).then((r) => {
      // A click on Download before this answer arrived changed the phase and wins.
      if (!live || !r.ok) return;
      const found = initialDownload(r.value, entry.id);
      setPhase(found.phase);
      setProgress(found.progress);
    });
    return () => {
      live = false;
    };
  }, [api, entry.id, phase]);

  useEffect(
    () =>
      api.on('models.downloadProgress', (p) => {
        if (p.entryId !== entry.id) return;
        const now = { at: Date.now(), bytes: p.downloadedBytes };
        firstSample.current ??= now;
        setRate(describeRate(firstSample.current, now, p.totalBytes));
        setProgress((shown) => forwardOnly(shown, p));
      }),
    [api, entry.id],
  );

  const start = async () => {
    const id = `dl-${entry.id}-${Date.now().toString(36)}`;
    // A resumed download keeps showing where it stopped until its own progress arrives.
    if (phase !== 'paused') setProgress(null);
    setDownloadId(id);
    firstSample.current = null;
    setRate('');
    setPhase('running');
    setMessage(null);
    const result = await api.models.download({ entryId: entry.id, downloadId: id });
    setPhase(phaseAfterDownload(result));
    if (!result.ok) setMessage(result.error.message);
    else if (result.value.state === 'installed') {
      setMessage(`${entry.name} is downloaded and checked.`);
      onInstalled();
    }
  };

  const pause = async () => {
    if (!downloadId) return;
    setPhase('pausing');
    const result = await api.models.pauseDownload({ downloadId });
    // Not paused: it had already ended, or the reply failed; the download's own answer sets the phase.
    if (!result.ok || !result.value.paused) setPhase((p) => (p === 'pausing' ? 'running' : p));
    if (!result.ok) setMessage(result.error.message);
  };

  const cancel = async () => {
    const wasPaused = phase === 'paused';
    setPhase('cancelling');
    // A paused download has no running id any more; its entry names the files to remove.
    const result = await api.models.cancelDownload(wasPaused || !downloadId ? { entryId: entry.id } : { downloadId });
    if (wasPaused) {
      setPhase('idle');
      setProgress(null);
      if (!result.ok) setMessage(result.error.message);
      else setMessage(result.value.cancelled ? `The partial download of ${entry.name} was removed.` : `Nothing of ${entry.name} was left to remove.`);
    } else if (!result.ok || !result.value.cancelled) {
      setPhase((p) => (p === 'cancelling' ? 'running' : p));
      if (!result.ok) setMessage(result.error.message);
    }
  };

  const size = entry.model.sizeBytes + entry.mmproj.sizeBytes;
  const buttons: Record<DownloadAction, { text: string; label?: string; run: () => Promise<void>; primary?: boolean }> = {
    download: { text: `Download (${entry.model.sizeIsApproximate ? 'about ' : ''}${formatBytes(size)})`, run: start, primary: true },
    pause: { text: phase === 'pausing' ? 'Pausing…' : 'Pause', label: `Pause downloading ${entry.name}`, run: pause },
    resume: { text: 'Resume', label: `Resume downloading ${entry.name}`, run: start, primary: true },
    cancel: { text: 'Cancel', label: `Cancel downloading ${entry.name} and remove the partial files`, run: cancel },
  };

  const done = installed && phase === 'idle';
  const note = message ?? (done ? `${entry.name} is downloaded: start it under Models on this computer.` : null);
  return (
    <div className="model-download">
      {phase !== 'idle' && (
        <>
          <progress max={100} value={progressValue(phase, progress)} aria-label={phase === 'paused' ? `Download of ${entry.name}, paused` : `Downloading ${entry.name}`} />
          <span role="status" className="download-status">
            {describeDownload(phase, progress)}
          </span>
          {phase === 'running' && rate && <span className="download-rate">{rate}</span>}
        </>
      )}
      {(done ? [] : downloadButtons(phase)).map(({ action, disabled }) => {
        const b = buttons[action];
        return (
          <button key={action} type="button" className={b.primary ? 'primary' : undefined} aria-label={b.label} disabled={disabled} onClick={() => void b.run()}>
            {b.text}
          </button>
        );
      })}
      {note && <p role="status">{note}</p>}
    </div>
  );
}
