import { useCallback, useEffect, useState } from 'react';
import type { DraftStatus } from '../../../shared/domain/draft';
import type { ProductSummary } from '../../../shared/domain/product';
import { useApi } from '../api/api-context';
import { FIRST_PAGE } from '../app/boot-data';

export interface ProductFilter {
  status: DraftStatus | 'all';
  search: string;
  /** Show the Trash instead of the library. */
  trash?: boolean;
}

export interface ProductPage {
  items: ProductSummary[];
  /** Products that pass the filter. */
  total: number;
  /** Products in the library, whatever the filter. */
  libraryTotal: number;
}

/**
 * The grid's rows for the current filter, reloaded on demand (after an import, a generation…).
 * A large library comes in two steps, the first screenful then everything, so the grid is usable
 * before 10,000 rows have crossed the wire. `initial` is a first page the app already fetched.
 */
export function useProducts(filter: ProductFilter, initial: ProductPage | null = null) {
  const api = useApi();
  const [page, setPage] = useState<ProductPage>(initial ?? { items: [], total: 0, libraryTotal: 0 });
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const search = filter.search.trim();
    const query = { ...(filter.status === 'all' ? {} : { status: filter.status }), ...(search ? { search } : {}), ...(filter.trash ? { trash: true } : {}) };
    const usesInitial = initial !== null && version === 0 && filter.status === 'all' && search === '' && !filter.trash;
    const load = async () => {
      let first = usesInitial ? { ok: true as const, value: initial } : await api.products.list({ ...query, limit: FIRST_PAGE });
      if (!live) return;
      if (!first.ok) return setError(first.error.message);
      if (!usesInitial) setPage(first.value);
      setError(null);
      if (first.value.total <= first.value.items.length) return;
      // Let the first screenful paint before the whole library crosses the wire and is parsed.
      await afterFirstPaintAndIdle();
      if (!live) return;
      first = await api.products.list(query);
      if (!live) return;
      if (first.ok) setPage(first.value);
      else setError(first.error.message);
    };
    void load();
    return () => {
      live = false;
    };
  }, [api, version, filter.status, filter.search, filter.trash, initial]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items: page.items, total: page.total, libraryTotal: page.libraryTotal, error, reload };
}

/**
 * Once the first frame is drawn and the page is idle (its thumbnails loading, say), so the whole
 * list's query and parsing never compete with drawing the first screenful. A hidden window draws
 * no frames, so it gives up waiting soon.
 */
function afterFirstPaintAndIdle(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 500);
    requestAnimationFrame(() =>
      requestIdleCallback(
        () => {
          clearTimeout(timer);
          resolve();
        },
        { timeout: 400 },
      ),
    );
  });
}
