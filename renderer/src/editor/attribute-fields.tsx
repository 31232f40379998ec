import { GoogleCategoryPicker } from './google-category-picker';

const STANDARD = [
  ['category', 'Category'],
  ['color', 'Colour'],
  ['material', 'Material'],
  ['brand', 'Brand'],
] as const;

/** Per-product storefront settings; each overrides the shop profile for this product. */
const STOREFRONT = [
  ['ebayCategoryId', 'eBay category ID'],
  ['etsyTaxonomyId', 'Etsy taxonomy ID'],
] as const;

const CONDITIONS = [
  ['', 'Not set (shop default)'],
  ['new', 'New'],
  ['used', 'Used'],
  ['refurbished', 'Refurbished'],
] as const;

const NAMED: readonly string[] = [...[...STANDARD, ...STOREFRONT].map(([key]) => key as string), 'condition', 'googleProductCategory'];

interface AttributeFieldsProps {
  productId: number;
  attributes: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
}

/** Removes a key rather than storing '', so "not set" falls back to the shop profile. */
function withValue(attributes: Record<string, string>, key: string, value: string): Record<string, string> {
  const next = { ...attributes };
  if (value.trim() === '') delete next[key];
  else next[key] = value;
  return next;
}

/** The listing's attributes: the standard ones, condition, storefront categories, plus any others the model or a catalog added. */
export function AttributeFields({ productId, attributes, onChange }: AttributeFieldsProps) {
  const extra = Object.keys(attributes).filter((k) => !NAMED.includes(k));
  const field = (key: string, label: string, digits = false) => (
    <label key={key}>
      {label}
      <input
        value={attributes[key] ?? ''}
        inputMode={digits ? 'numeric' : undefined}
        pattern={digits ? '\\d*' : undefined}
        onChange={(e) => onChange(digits ? withValue(attributes, key, e.target.value) : { ...attributes, [key]: e.target.value })}
      />
    </label>
  );
  const condition = attributes.condition ?? '';
  const known = CONDITIONS.some(([value]) => value === condition.toLowerCase());
  return (
    <fieldset className="attributes">
      <legend>Attributes</legend>
      <div className="attribute-grid">
        {STANDARD.map(([key, label]) => field(key, label))}
        <label>
          Condition
          <select value={known ? condition.toLowerCase() : condition} onChange={(e) => onChange(withValue(attributes, 'condition', e.target.value))}>
            {CONDITIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
            {!known && <option value={condition}>{condition} (not a storefront condition)</option>}
          </select>
        </label>
        {STOREFRONT.map(([key, label]) => field(key, label, true))}
        {extra.map((key) => field(key, key))}
      </div>
      <GoogleCategoryPicker productId={productId} value={attributes.googleProductCategory ?? ''} onChange={(id) => onChange(withValue(attributes, 'googleProductCategory', id))} />
    </fieldset>
  );
}
