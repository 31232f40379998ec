import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../../../shared/domain/draft';
import type { Photo } from '../../../shared/domain/product';
import { useApi } from '../api/api-context';
import { EditorForm, type EditorFormProps } from './editor-form';
import { PhotoStrip } from './photo-strip';

export interface DraftEditorProps extends Omit<EditorFormProps, 'draft' | 'photos' | 'onReload'> {
  productId: number;
  /** Changes when something outside the editor rewrote this draft (a generation finished). */
  refreshKey: number;
}

/** Loads one product's draft and photos, then hands the draft to the autosaving form. */
export function DraftEditor(props: DraftEditorProps) {
  const { productId, refreshKey, onChanged } = props;
  const api = useApi();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loadCount, setLoadCount] = useState(0);
  const reload = useCallback(() => setLoadCount((n) => n + 1), []);

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
  }, [api, productId, loadCount, refreshKey]);

  const split = async (photoId: number) => {
    const result = await api.products.split({ productId, photoIds: [photoId] });
    if (!result.ok) return setError(result.error.message);
    reload();
    onChanged();
  };

  if (error) return <p role="alert">{error}</p>;
  if (!draft) return <p>Loading…</p>;
  return (
    <article className="editor" aria-label={`Listing for ${draft.title.trim() || draft.sku?.trim() || `product ${productId}`}`}>
      <PhotoStrip photos={photos} onSplit={(id) => void split(id)} />
      {/* Kept mounted across revisions: a newer draft is taken in place, so undo survives a regenerate. */}
      <EditorForm key={draft.productId} {...props} draft={draft} photos={photos} onReload={reload} />
    </article>
  );
}
