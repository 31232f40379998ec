import type { Photo } from '../../../shared/domain/product';
import { MAX_OPTIONS, type ProductVariants } from '../../../shared/domain/variant';
import { usePhotoSrc } from '../api/api-context';
import { useVariantsAutosave } from './use-variants-autosave';
import { addOption, describeValueSource, editOptionName, editRow, editValue, rowLabel, type RowField, type VariantRow } from './variants-form';

interface VariantsTableProps {
  loaded: ProductVariants;
  photos: readonly Photo[];
  productPrice: string;
  onSaved: () => void;
  /** Split this variant out into a product of its own (after its pending edits are saved). */
  onSplit: (variantId: number, label: string) => void;
}

const FIELDS: readonly [RowField, string, 'text' | 'decimal' | 'numeric'][] = [
  ['sku', 'SKU', 'text'],
  ['price', 'Price', 'decimal'],
  ['barcode', 'Barcode', 'text'],
  ['quantity', 'Quantity', 'numeric'],
];

function describeState(state: ReturnType<typeof useVariantsAutosave>['state']): string {
  switch (state.status) {
    case 'saved':
      return 'Variants saved';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'error':
      return 'Variants not saved';
  }
}

/**
 * Option names, then one table row per variant: its photo, option values (with where a proposed
 * value came from), SKU, price (empty: the product's price, shown as the placeholder), barcode,
 * quantity and Split out. Every input is named by its column and its variant ("SKU of Red").
 */
export function VariantsTable({ loaded, photos, productPrice, onSaved, onSplit }: VariantsTableProps) {
  const photoSrc = usePhotoSrc();
  const { form, state, edit, flushNow } = useVariantsAutosave(loaded, onSaved);
  const photoOf = (row: VariantRow) => photos.find((p) => row.photoIds.includes(p.id)) ?? null;
  const split = async (row: VariantRow, index: number) => {
    // Edits typed a moment ago go with the variant; a refused save keeps it here until fixed.
    if (await flushNow()) onSplit(row.id, rowLabel(row, index));
  };
  return (
    <>
      <fieldset className="variant-options">
        <legend>Options</legend>
        {form.optionNames.map((name, i) => (
          <label key={i}>
            Option {i + 1}
            <input value={name} maxLength={50} onChange={(e) => edit(editOptionName(form, i, e.target.value))} />
          </label>
        ))}
        {form.optionNames.length < MAX_OPTIONS && (
          <button type="button" onClick={() => edit(addOption(form))}>
            Add an option
          </button>
        )}
      </fieldset>
      <p className={`save-state${state.status === 'error' ? ' save-error' : ''}`} role="status" aria-label="Variants save status">
        {describeState(state)}
      </p>
      {state.status === 'error' && (
        <p className="variants-problem" role="alert" id="variants-problem">
          {state.message}
        </p>
      )}
      <div className="variants-scroll" role="region" aria-label="Variants table">
        <table className="variants-table" aria-describedby={state.status === 'error' ? 'variants-problem' : undefined}>
          <caption className="variants-caption">One row per variant. An empty price is the product's price{productPrice.trim() ? ` (${productPrice.trim()})` : ''}.</caption>
          <thead>
            <tr>
              <th scope="col">Photo</th>
              {form.optionNames.map((name, i) => (
                <th scope="col" key={i}>
                  {name.trim() || `Option ${i + 1}`}
                </th>
              ))}
              {FIELDS.map(([, label]) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.rows.map((row, r) => {
              const label = rowLabel(row, r);
              const photo = photoOf(row);
              return (
                <tr key={row.id} data-variant-id={row.id}>
                  <td className="variant-photo">
                    {photo ? <img src={photoSrc(photo.thumbnailUrl)} alt={`${label}: ${photo.originalName}`} /> : <span className="variant-no-photo">No photo</span>}
                  </td>
                  {form.optionNames.map((name, o) => {
                    const source = describeValueSource(row.sources[o] ?? 'owner');
                    const noteId = `variant-${row.id}-source-${o}`;
                    return (
                      <td key={o}>
                        <input
                          value={row.values[o] ?? ''}
                          maxLength={100}
                          aria-label={`${name.trim() || `Option ${o + 1}`} of variant ${r + 1}`}
                          aria-describedby={source ? noteId : undefined}
                          onChange={(e) => edit(editValue(form, r, o, e.target.value))}
                        />
                        {source && (
                          <small className="value-source" id={noteId}>
                            {source}
                          </small>
                        )}
                      </td>
                    );
                  })}
                  {FIELDS.map(([field, column, mode]) => (
                    <td key={field} className={`variant-${field}`}>
                      <input
                        value={row[field]}
                        inputMode={mode}
                        aria-label={`${column} of ${label}`}
                        placeholder={field === 'price' ? productPrice.trim() : undefined}
                        onChange={(e) => edit(editRow(form, r, field, e.target.value))}
                      />
                    </td>
                  ))}
                  <td>
                    <button type="button" className="split-variant" onClick={() => void split(row, r)} aria-label={`Split out ${label} into a product of its own`}>
                      Split out
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
