import type { DraftForm } from './draft-form';
import type { ModelRewrite } from './model-rewrite';

const LABELS: Record<keyof DraftForm, string> = { title: 'Title', description: 'Description', tags: 'Tags', attributes: 'Attributes', price: 'Price', sku: 'SKU' };

function show(value: DraftForm[keyof DraftForm]): string {
  if (typeof value === 'string') return value || '(empty)';
  const pairs = Object.entries(value).map(([k, v]) => `${k}: ${v}`);
  return pairs.length > 0 ? pairs.join(', ') : '(none)';
}

/** Yours beside the model's for each field it rewrote; keep mine puts yours back as one undoable edit. */
export function RewriteCompare({ rewrite, onKeepMine, onUseNew }: { rewrite: ModelRewrite; onKeepMine: () => void; onUseNew: () => void }) {
  return (
    <section className="rewrite-compare" aria-label="Compare with your version">
      <h3>The model rewrote {rewrite.fields.map((f) => LABELS[f].toLowerCase()).join(', ')}</h3>
      {rewrite.fields.map((field) => (
        <dl key={field}>
          <dt>{LABELS[field]}</dt>
          <dd className="rewrite-mine">
            <strong>Yours:</strong> {show(rewrite.mine[field])}
          </dd>
          <dd className="rewrite-new">
            <strong>New:</strong> {show(rewrite.theirs[field])}
          </dd>
        </dl>
      ))}
      <button type="button" onClick={onKeepMine}>
        Keep mine
      </button>
      <button type="button" onClick={onUseNew}>
        Use new
      </button>
    </section>
  );
}
