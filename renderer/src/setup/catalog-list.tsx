import { useEffect, useState } from 'react';
import type { CatalogEntry, InstalledModel } from '../../../shared/domain/local-model';
import { useApi } from '../api/api-context';
import { formatBytes } from './describe-engine';
import { LicenceNote } from './licence-note';
import { ModelDownload } from './model-download';

interface CatalogListProps {
  entries: CatalogEntry[];
  showNonCommercial: boolean;
  recommendedId: string | null;
  installed: (InstalledModel & { present: boolean })[];
  onInstalled: () => void;
}

/**
 * Every model the app offers, each with its licence verdict before download. Models whose licence
 * forbids commercial use are hidden until the owner asks to see them; the choice is saved.
 */
export function CatalogList({ entries, showNonCommercial, recommendedId, installed, onInstalled }: CatalogListProps) {
  const api = useApi();
  const [show, setShow] = useState(showNonCommercial);
  useEffect(() => setShow(showNonCommercial), [showNonCommercial]);
  const hidden = entries.filter((e) => e.licence.commercialUse === 'no').length;
  const listed = entries.filter((e) => e.id !== recommendedId && (show || e.licence.commercialUse !== 'no'));

  const toggle = async (next: boolean) => {
    setShow(next);
    const saved = await api.models.setShowNonCommercial({ show: next });
    if (saved.ok) setShow(saved.value.showNonCommercial);
  };

  return (
    <details className="catalog-list">
      <summary>Other models ({listed.length})</summary>
      {hidden > 0 && (
        <label className="show-noncommercial">
          <input type="checkbox" checked={show} onChange={(e) => void toggle(e.target.checked)} />
          Show {hidden} model{hidden === 1 ? '' : 's'} whose licence forbids commercial use
        </label>
      )}
      <ul>
        {listed.map((entry) => (
          <li key={entry.id} className="catalog-entry" aria-label={entry.name}>
            <h4>
              {entry.name}
              {entry.licence.commercialUse === 'no' && <span className="badge-noncommercial"> · not for commercial use</span>}
            </h4>
            <p className="muted">
              {entry.description} {entry.parameters} parameters · {entry.model.sizeIsApproximate || entry.mmproj.sizeIsApproximate ? 'about ' : ''}
              {formatBytes(entry.model.sizeBytes + entry.mmproj.sizeBytes)}
            </p>
            <LicenceNote entry={entry} />
            <ModelDownload entry={entry} installed={installed.some((m) => m.id === entry.id && m.present)} onInstalled={onInstalled} />
          </li>
        ))}
      </ul>
    </details>
  );
}
