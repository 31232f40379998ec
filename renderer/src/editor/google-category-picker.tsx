import { useEffect, useState } from 'react';
import type { GoogleCategoryView } from '../../../shared/ipc/routes/categories';
import { useApi } from '../api/api-context';
import { useDebounced } from '../common/use-debounced';

interface PickerProps {
  productId: number;
  /** The chosen category id, '' for none. */
  value: string;
  onChange: (id: string) => void;
}

/**
 * Google product category: search Google's taxonomy (offline) by words or id, or take one of the
 * categories the app suggests for this product. Only taxonomy entries can be chosen.
 */
export function GoogleCategoryPicker({ productId, value, onChange }: PickerProps) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<GoogleCategoryView[]>([]);
  const [current, setCurrent] = useState<GoogleCategoryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const settled = useDebounced(query, 200);

  useEffect(() => {
    let live = true;
    if (!value) return setCurrent(null);
    void api.categories.search({ query: value, limit: 1 }).then((r) => live && setCurrent(r.ok ? (r.value[0] ?? null) : null));
    return () => {
      live = false;
    };
  }, [api, value]);

  useEffect(() => {
    let live = true;
    const request = settled.trim() ? api.categories.search({ query: settled, limit: 20 }) : api.categories.suggest({ productId });
    void request.then((r) => {
      if (!live) return;
      if (r.ok) {
        setResults(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, settled, productId]);

  return (
    <fieldset className="category-picker">
      <legend>Google product category</legend>
      <p className="category-current" aria-live="polite">
        {current ? current.path : value ? `Category ${value} is not in Google’s list` : 'None chosen'}
        {value && (
          <button type="button" className="link" onClick={() => onChange('')}>
            Clear
          </button>
        )}
      </p>
      <input type="search" aria-label="Search Google product categories" placeholder="Search, e.g. mugs" value={query} onChange={(e) => setQuery(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <ul className="category-results" aria-label={query.trim() ? 'Matching categories' : 'Suggested categories'}>
        {results.map((c) => (
          <li key={c.id}>
            <button type="button" aria-pressed={c.id === value} onClick={() => onChange(c.id)}>
              {c.path}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
