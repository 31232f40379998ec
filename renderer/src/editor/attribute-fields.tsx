const STANDARD = [
  ['category', 'Category'],
  ['color', 'Colour'],
  ['material', 'Material'],
  ['brand', 'Brand'],
  ['condition', 'Condition'],
] as const;

/** The listing's attributes: the standard five, plus any others the model or a catalog added. */
export function AttributeFields({ attributes, onChange }: { attributes: Record<string, string>; onChange: (next: Record<string, string>) => void }) {
  const extra = Object.keys(attributes).filter((k) => !STANDARD.some(([key]) => key === k));
  const field = (key: string, label: string) => (
    <label key={key}>
      {label}
      <input value={attributes[key] ?? ''} onChange={(e) => onChange({ ...attributes, [key]: e.target.value })} />
    </label>
  );
  return (
    <fieldset className="attributes">
      <legend>Attributes</legend>
      <div className="attribute-grid">
        {STANDARD.map(([key, label]) => field(key, label))}
        {extra.map((key) => field(key, key))}
      </div>
    </fieldset>
  );
}
