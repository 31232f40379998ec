import { useEffect, useState } from 'react';
import type { CatalogEntry } from '../../../shared/domain/local-model';
import { useApi } from '../api/api-context';
import { formatBytes } from './describe-engine';

interface Progress {
  downloadedBytes: number;
  totalBytes: number;
  percent: number;
}

/** Downloads a catalog model with a progress bar and Cancel; a finished download is installed. */
export function ModelDownload({ entry, onInstalled }: { entry: CatalogEntry; onInstalled: () => void }) {
  const api = useApi();
  const [downloadId, setDownloadId] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(
    () =>
      api.on('models.downloadProgress', (p) => {
        if (p.entryId === entry.id) setProgress(p);
      }),
    [api, entry.id],
  );

  const start = async () => {
    const id = `dl-${entry.id}-${Date.now().toString(36)}`;
    setDownloadId(id);
    setMessage(null);
    const result = await api.models.download({ entryId: entry.id, downloadId: id });
    setDownloadId(null);
    if (result.ok) {
      setMessage(`${entry.name} is downloaded and checked.`);
      onInstalled();
    } else setMessage(result.error.message);
  };

  const cancel = async () => {
    if (downloadId) await api.models.cancelDownload({ downloadId });
  };

  const size = entry.model.sizeBytes + entry.mmproj.sizeBytes;
  return (
    <div className="model-download">
      {downloadId ? (
        <>
          <progress max={100} value={progress?.percent ?? undefined} aria-label={`Downloading ${entry.name}`} />
          <span role="status">{progress ? `${formatBytes(progress.downloadedBytes)} of ${formatBytes(progress.totalBytes)} (${progress.percent}%)` : 'Connecting…'}</span>
          <button type="button" onClick={() => void cancel()}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="primary" onClick={() => void start()}>
          Download ({entry.model.sizeIsApproximate ? 'about ' : ''}
          {formatBytes(size)})
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
