import { useCallback, useState } from 'react';
import type { MergePlanEntry } from '../../../shared/domain/merge-plan';
import { useApi } from '../api/api-context';
import type { Notice } from './library-notice';

interface PendingMerge {
  targetId: number;
  sourceIds: number[];
  plan: MergePlanEntry[];
}

interface MergeCallbacks {
  onNotice: (notice: Notice) => void;
  /** After a merge (the merged product's id) or an undo (null): reload the grid, move the selection. */
  onChanged: (mergedId: number | null) => void;
}

/**
 * A merge in three steps: ask the core what becomes of each draft, let the owner confirm, then
 * merge and offer Undo in the notice.
 */
export function useMerge({ onNotice, onChanged }: MergeCallbacks) {
  const api = useApi();
  const [pending, setPending] = useState<PendingMerge | null>(null);

  const request = useCallback(
    async (targetId: number, sourceIds: number[]) => {
      if (sourceIds.length === 0) return;
      const preview = await api.products.mergePreview({ targetId, sourceIds });
      if (preview.ok) setPending({ targetId, sourceIds, plan: preview.value });
      else onNotice({ text: preview.error.message });
    },
    [api, onNotice],
  );

  const undo = useCallback(
    async (mergeId: number) => {
      const result = await api.products.unmerge({ mergeId });
      onNotice({ text: result.ok ? `Merge undone: ${result.value.productIds.length} products are back as they were.` : result.error.message });
      if (result.ok) onChanged(null);
    },
    [api, onNotice, onChanged],
  );

  const confirm = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    const result = await api.products.merge({ targetId: pending.targetId, sourceIds: pending.sourceIds });
    if (!result.ok) return onNotice({ text: result.error.message });
    const { mergeId } = result.value;
    onNotice({ text: `Merged ${pending.sourceIds.length + 1} products into one.`, action: { label: 'Undo', undo: true, run: () => void undo(mergeId) } });
    onChanged(pending.targetId);
  }, [api, pending, onNotice, onChanged, undo]);

  return { pending, request, confirm, cancel: () => setPending(null) };
}
