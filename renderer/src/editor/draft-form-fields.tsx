import { PLATFORM_LIMITS, type ExportTarget } from '../../../shared/domain/platform-limits';
import { AttributeFields } from './attribute-fields';
import type { DraftForm, FormErrors } from './draft-form';
import { TagChips } from './tag-chips';
import { WordCountMeter } from './word-count-meter';

interface FieldsProps {
  productId: number;
  form: DraftForm;
  errors: FormErrors;
  edit: (patch: Partial<DraftForm>) => void;
  platform: ExportTarget;
  wordTarget: number;
}

export function DraftFormFields({ productId, form, errors, edit, platform, wordTarget }: FieldsProps) {
  const limits = PLATFORM_LIMITS[platform];
  const titleOver = form.title.length > limits.titleMax;
  return (
    <div className="draft-fields">
      <label>
        <span className="label-row">
          Title
          <span className={`limit${titleOver ? ' limit-over' : ''}`}>
            {form.title.length} / {limits.titleMax} characters
          </span>
        </span>
        <input value={form.title} onChange={(e) => edit({ title: e.target.value })} aria-invalid={titleOver} />
      </label>
      <label>
        <span className="label-row">
          Description <WordCountMeter text={form.description} target={wordTarget} />
        </span>
        <textarea rows={7} value={form.description} onChange={(e) => edit({ description: e.target.value })} />
      </label>
      <TagChips tags={form.tags} onChange={(tags) => edit({ tags })} maxTags={limits.tagsMax} maxLength={limits.tagLengthMax} platformLabel={limits.label} />
      <AttributeFields productId={productId} attributes={form.attributes} onChange={(attributes) => edit({ attributes })} />
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
