import { useEffect, useState } from 'react';
import type { Draft } from '../../../shared/domain/draft';
import type { Photo } from '../../../shared/domain/product';
import { useApi } from '../api/api-context';
import { StatusBadge } from '../library/status-badge';
import { DraftFormFields } from './draft-form-fields';
import { describeSaveState } from './save-state';
import { useDraftAutosave } from './use-draft-autosave';

/** Loads one product's draft and photos, then hands the draft to the autosaving form. */
export function DraftEditor({ productId, onSaved }: { productId: number; onSaved: () => void }) {
  const api = useApi();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loadCount, setLoadCount] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([api.drafts.get({ productId }), api.products.photos({ productId })]).then(([d, p]) => {
      if (!live) return;
      if (d.ok) setDraft(d.value);
      else setError(d.error.message);
      if (p.ok) setPhotos(p.value);
    });
    return () => {
      live = false;
    };
  }, [api, productId, loadCount]);

  if (error) return <p role="alert">{error}</p>;
  if (!draft) return <p>Loading…</p>;
  return (
    <article className="editor">
      <div className="photo-strip">
        {photos.map((photo) => (
          <img key={photo.id} src={photo.thumbnailUrl} alt={photo.originalName} title={`${photo.originalName} · ${photo.width}×${photo.height}`} />
        ))}
      </div>
      <AutosavingForm key={`${draft.productId}:${draft.revision}`} draft={draft} onSaved={onSaved} onReload={() => setLoadCount((n) => n + 1)} />
    </article>
  );
}

function AutosavingForm({ draft: loaded, onSaved, onReload }: { draft: Draft; onSaved: () => void; onReload: () => void }) {
  const { draft, form, errors, state, edit } = useDraftAutosave(loaded);
  useEffect(() => {
    if (state.status === 'saved' && state.revision !== loaded.revision) onSaved();
  }, [state.status, state.revision, loaded.revision, onSaved]);
  return (
    <>
      <header className="editor-header">
        <StatusBadge status={draft.status} flagCount={draft.flags.length} />
        <span className={`save-state save-${state.status}`} role="status">
          {describeSaveState(state)}
        </span>
        {state.status === 'conflict' && (
          <button type="button" onClick={onReload}>
            Reload
          </button>
        )}
      </header>
      {draft.flags.length > 0 && (
        <ul className="flags">
          {draft.flags.map((f) => (
            <li key={f.code}>{f.reason}</li>
          ))}
        </ul>
      )}
      <DraftFormFields form={form} errors={errors} edit={edit} />
    </>
  );
}
