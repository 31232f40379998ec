import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import type { Notice } from './library-notice';

const products = (n: number) => `${n} product${n === 1 ? '' : 's'}`;

/** Moving to the Trash (with Undo), restoring from it, and emptying it; each reports in the notice. */
export function useTrash({ onNotice, onChanged }: { onNotice: (notice: Notice) => void; onChanged: () => void }) {
  const api = useApi();

  const restore = useCallback(
    async (productIds: number[]) => {
      const result = await api.products.restore({ productIds });
      onNotice({ text: result.ok ? `Restored ${products(result.value.restored)} to the library.` : result.error.message });
      onChanged();
    },
    [api, onNotice, onChanged],
  );

  const moveToTrash = useCallback(
    async (productIds: number[]) => {
      const result = await api.products.delete({ productIds });
      if (!result.ok) onNotice({ text: result.error.message });
      else onNotice({ text: `Moved ${products(result.value.trashed)} to the Trash.`, action: { label: 'Undo', run: () => void restore(productIds) } });
      onChanged();
      return result.ok;
    },
    [api, onNotice, onChanged, restore],
  );

  const empty = useCallback(async () => {
    const result = await api.products.emptyTrash({});
    onNotice({ text: result.ok ? `Deleted ${products(result.value.deleted)} for good.` : result.error.message });
    onChanged();
  }, [api, onNotice, onChanged]);

  return { moveToTrash, restore, empty };
}
