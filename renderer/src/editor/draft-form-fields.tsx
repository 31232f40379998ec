import type { DraftFlag } from '../../../shared/domain/draft';
import { PLATFORM_LIMITS, type ExportTarget } from '../../../shared/domain/platform-limits';
import { AttributeFields } from './attribute-fields';
import type { DraftForm, FormErrors } from './draft-form';
import { confirmableWords } from './describe-evidence';
import type { FlagPlace } from './field-flags';
import { TagChips } from './tag-chips';
import { WordCountMeter } from './word-count-meter';

interface FieldsProps {
  productId: number;
  form: DraftForm;
  errors: FormErrors;
  edit: (patch: Partial<DraftForm>) => void;
  platform: ExportTarget;
  wordTarget: number;
  /** The saved draft's flags by the field they concern, shown right under that field. */
  flags: Record<FlagPlace, DraftFlag[]>;
  /** The owner vouches for a flagged claim's words (a brand, "12 oz"): kept with the draft, the flag clears. */
  onConfirm: (words: string[]) => void;
}

function FieldFlags({ flags, field, onConfirm }: { flags: readonly DraftFlag[]; field: string; onConfirm: (words: string[]) => void }) {
  if (flags.length === 0) return null;
  return (
    <ul className="field-flags" aria-label={`Flags on the ${field}`}>
      {flags.map((f, i) => {
        const words = confirmableWords(f);
        return (
          <li key={`${f.code}-${i}`}>
            {f.reason}
            {words.length > 0 && (
              <button type="button" className="confirm-claim" onClick={() => onConfirm(words)}>
                It’s true: confirm {words.join(', ')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function DraftFormFields({ productId, form, errors, edit, platform, wordTarget, flags, onConfirm }: FieldsProps) {
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
      <FieldFlags flags={flags.title} field="title" onConfirm={onConfirm} />
      <label>
        <span className="label-row">
          Description <WordCountMeter text={form.description} target={wordTarget} />
        </span>
        <textarea rows={7} value={form.description} onChange={(e) => edit({ description: e.target.value })} />
      </label>
      <FieldFlags flags={flags.description} field="description" onConfirm={onConfirm} />
      <TagChips tags={form.tags} onChange={(tags) => edit({ tags })} maxTags={limits.tagsMax} maxLength={limits.tagLengthMax} platformLabel={limits.label} />
      <FieldFlags flags={flags.tags} field="tags" onConfirm={onConfirm} />
      <AttributeFields productId={productId} attributes={form.attributes} onChange={(attributes) => edit({ attributes })} />
      <FieldFlags flags={flags.attributes} field="attributes" onConfirm={onConfirm} />
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
