import { useState } from 'react';
import type { RevisionSummary } from '../../../shared/domain/draft';
import { useApi } from '../api/api-context';

const SOURCES: Record<RevisionSummary['source'], string> = {
  edit: 'Edited',
  generate: 'Generated',
  restore: 'Restored',
  import: 'Catalog import',
  export: 'Exported',
  merge: 'Merged in',
};

/** Earlier versions of the listing; restoring one saves it as a new revision, so nothing is lost. */
export function RevisionHistory({ productId, current, onRestored }: { productId: number; current: number; onRestored: () => void }) {
  const api = useApi();
  const [items, setItems] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    const result = await api.drafts.revisions({ productId });
    if (result.ok) setItems(result.value);
    else setError(result.error.message);
  };

  const restore = async (revision: number) => {
    const result = await api.drafts.restore({ productId, revision });
    if (!result.ok) return setError(result.error.message);
    onRestored();
  };

  // The model's rewrite on top of the owner's version: one click puts theirs back, approval included.
  const putBack = async () => {
    const result = await api.drafts.putBack({ productId });
    if (!result.ok) return setError(result.error.message);
    onRestored();
  };
  const rewrittenByModel = items !== null && items.length > 1 && items[0]?.source === 'generate' && items[0].revision === current;

  return (
    <details className="revisions" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary>History</summary>
      {error && <p role="alert">{error}</p>}
      {items && items.length === 0 && <p className="empty">No saved versions yet.</p>}
      {rewrittenByModel && (
        <button type="button" onClick={() => void putBack()}>
          Put back mine (the version before the model's)
        </button>
      )}
      {items && (
        // Newest first, as drafts.revisions gives them: the version just replaced is the one most often wanted back.
        <ul className="revision-list" aria-label="Saved versions, newest first">
          {items.map((r) => (
            <li key={r.revision}>
              <span>
                #{r.revision} {SOURCES[r.source]} · {new Date(r.createdAt).toLocaleString()} · {r.title || 'untitled'}
                {r.mergedFrom !== null && ` · from ${mergedFromWords(r.mergedFromName ?? `product ${r.mergedFrom}`)}`}
              </span>
              {r.revision !== current && (
                <button type="button" onClick={() => void restore(r.revision)} aria-label={`Restore revision ${r.revision}`}>
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** `"Blue jug"` in quotes; a product without any name stays "product 12". */
function mergedFromWords(name: string): string {
  return /^product \d+$/.test(name) ? name : `“${name}”`;
}
