import { useCallback, useState } from 'react';
import type { MergePlanEntry } from '../../../shared/domain/merge-plan';
import { useApi } from '../api/api-context';
import { describeMadeVariants } from './describe-variants';
import type { Notice } from './library-notice';

export interface PendingVariants {
  /** The first selected product becomes the group; each product given becomes one variant. */
  productIds: number[];
  /** What becomes of each product's listing, as in a merge (the group's first). */
  plan: MergePlanEntry[];
}

interface MakeVariantsCallbacks {
  onNotice: (notice: Notice) => void;
  /** After a make (the group's id) or an undo (null): reload the grid, move the selection. */
  onChanged: (groupId: number | null) => void;
  /** How the owner calls a product (its title, else its SKU). */
  nameOf: (productId: number) => string;
}

/**
 * "Make variants of one product": ask the core what becomes of each listing (it is a merge
 * underneath), let the owner confirm, then make the variants and offer Undo (also Ctrl+Z) in the
 * notice, which undoes the merge and the variants with it.
 */
export function useMakeVariants({ onNotice, onChanged, nameOf }: MakeVariantsCallbacks) {
  const api = useApi();
  const [pending, setPending] = useState<PendingVariants | null>(null);

  const request = useCallback(
    async (productIds: number[]) => {
      const [targetId, ...sourceIds] = productIds;
      if (targetId === undefined || sourceIds.length === 0) return;
      const preview = await api.products.mergePreview({ targetId, sourceIds });
      if (preview.ok) setPending({ productIds, plan: preview.value });
      else onNotice({ text: preview.error.message });
    },
    [api, onNotice],
  );

  const undo = useCallback(
    async (mergeId: number, count: number) => {
      const result = await api.products.unmerge({ mergeId });
      onNotice({ text: result.ok ? `Variants undone: ${count} products are back as they were.` : result.error.message });
      if (result.ok) onChanged(null);
    },
    [api, onNotice, onChanged],
  );

  const confirm = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    const name = nameOf(pending.productIds[0]!);
    const result = await api.variants.make({ productIds: pending.productIds });
    if (!result.ok) return onNotice({ text: result.error.message });
    const { mergeId, productId, variants } = result.value;
    const count = pending.productIds.length;
    onNotice({ text: describeMadeVariants(name, variants), action: { label: 'Undo', undo: true, run: () => void undo(mergeId, count) } });
    onChanged(productId);
  }, [api, pending, nameOf, onNotice, onChanged, undo]);

  return { pending, request, confirm, cancel: () => setPending(null) };
}
