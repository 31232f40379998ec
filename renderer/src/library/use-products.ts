import { useCallback, useEffect, useState } from 'react';
import type { ProductSummary } from '../../../shared/domain/product';
import { useApi } from '../api/api-context';

/** The grid's rows, reloaded on demand (after an import, a status change…). */
export function useProducts() {
  const api = useApi();
  const [items, setItems] = useState<ProductSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void api.products.list({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setItems(result.value.items);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items, error, reload };
}
