import { EXPORT_TARGETS, PLATFORM_LIMITS, type ExportTarget } from '../../../shared/domain/platform-limits';

/** A storefront picker, labelled by the caller's enclosing <label>. */
export function TargetSelect({ value, onChange }: { value: ExportTarget; onChange: (target: ExportTarget) => void }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as ExportTarget)}>
      {EXPORT_TARGETS.map((t) => (
        <option key={t} value={t}>
          {PLATFORM_LIMITS[t].label}
        </option>
      ))}
    </select>
  );
}
