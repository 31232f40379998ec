import { EXPORT_TARGETS, PLATFORM_LIMITS, type ExportTarget } from '../../../shared/domain/platform-limits';

export interface ListingStyle {
  platform: ExportTarget;
  wordTarget: number;
}

/** Which storefront's limits listings must fit, and the description's word target. */
export function ListingStyleFields({ style, onChange }: { style: ListingStyle; onChange: (patch: Partial<ListingStyle>) => void }) {
  return (
    <fieldset className="listing-style">
      <legend>Listing style</legend>
      <label>
        Write for
        <select value={style.platform} onChange={(e) => onChange({ platform: e.target.value as ExportTarget })}>
          {EXPORT_TARGETS.map((t) => (
            <option key={t} value={t}>
              {PLATFORM_LIMITS[t].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Description length (words)
        <input type="number" min={10} max={300} value={style.wordTarget} onChange={(e) => onChange({ wordTarget: Number(e.target.value) })} />
      </label>
    </fieldset>
  );
}
