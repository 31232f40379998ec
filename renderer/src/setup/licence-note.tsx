import type { CatalogEntry } from '../../../shared/domain/local-model';

const VERDICT: Record<CatalogEntry['licence']['commercialUse'], string> = {
  yes: 'Commercial use allowed',
  conditional: 'Commercial use allowed with conditions',
  no: 'Not for commercial use',
};

/** The licence verdict and its conditions, shown before anything is downloaded. */
export function LicenceNote({ entry }: { entry: CatalogEntry }) {
  const { licence } = entry;
  const files = [entry.model, entry.mmproj];
  return (
    <div className={`licence licence-${licence.commercialUse}`}>
      <p>
        <strong>{VERDICT[licence.commercialUse]}</strong> ·{' '}
        <a href={licence.url} target="_blank" rel="noreferrer">
          {licence.name}
        </a>
        {files.some((f) => f.sizeIsApproximate) && ' · size approximate'}
        {files.some((f) => f.sha256 === null) && ' · no published hash: verified by size only'}
      </p>
      {licence.commercialUse !== 'yes' && licence.conditions.length > 0 && (
        <ul className="licence-conditions">
          {licence.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
