import type { DraftForm, FormErrors } from './draft-form';
import { WordCountMeter } from './word-count-meter';

export function DraftFormFields({ form, errors, edit }: { form: DraftForm; errors: FormErrors; edit: (patch: Partial<DraftForm>) => void }) {
  return (
    <div className="draft-fields">
      <label>
        Title
        <input value={form.title} onChange={(e) => edit({ title: e.target.value })} />
      </label>
      <label>
        <span className="label-row">
          Description <WordCountMeter text={form.description} />
        </span>
        <textarea rows={6} value={form.description} onChange={(e) => edit({ description: e.target.value })} />
      </label>
      <label>
        <span>
          Tags <small>(comma-separated)</small>
        </span>
        <input value={form.tags} onChange={(e) => edit({ tags: e.target.value })} />
      </label>
      <div className="field-row">
        <label>
          Price
          <input inputMode="decimal" value={form.price} onChange={(e) => edit({ price: e.target.value })} aria-invalid={Boolean(errors.price)} />
          {errors.price && <small className="field-error">{errors.price}</small>}
        </label>
        <label>
          SKU
          <input value={form.sku} onChange={(e) => edit({ sku: e.target.value })} />
        </label>
      </div>
    </div>
  );
}
