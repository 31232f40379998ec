import { TargetSelect } from '../common/target-select';
import type { ExportTarget } from '../../../shared/domain/platform-limits';

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
        <TargetSelect value={style.platform} onChange={(platform) => onChange({ platform })} />
      </label>
      <label>
        Description length (words)
        <input type="number" min={10} max={300} value={style.wordTarget} onChange={(e) => onChange({ wordTarget: Number(e.target.value) })} />
      </label>
    </fieldset>
  );
}
