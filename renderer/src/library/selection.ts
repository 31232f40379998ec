export interface Selection {
  ids: ReadonlySet<number>;
  /** The product open in the editor: the last one clicked. */
  focusId: number | null;
  /** Where a shift-click range starts. */
  anchorId: number | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), focusId: null, anchorId: null };

export interface ClickModifiers {
  /** Shift: select the range from the anchor. */
  range: boolean;
  /** Ctrl (Cmd on macOS): add or remove one product. */
  toggle: boolean;
}

/** The selection after a click on `id`, in the grid's current order. */
export function clickSelection(sel: Selection, id: number, mods: ClickModifiers, order: readonly number[]): Selection {
  if (mods.range && sel.anchorId !== null) {
    const a = order.indexOf(sel.anchorId);
    const b = order.indexOf(id);
    if (a >= 0 && b >= 0) {
      const [from, to] = a < b ? [a, b] : [b, a];
      const ids = new Set(mods.toggle ? sel.ids : []);
      for (const x of order.slice(from, to + 1)) ids.add(x);
      return { ids, focusId: id, anchorId: sel.anchorId };
    }
  }
  if (mods.toggle) {
    const ids = new Set(sel.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, focusId: ids.has(id) ? id : sel.focusId === id ? null : sel.focusId, anchorId: id };
  }
  return { ids: new Set([id]), focusId: id, anchorId: id };
}

/** Moves the single selection `step` places along `order` (the review loop's next/previous). */
export function stepSelection(sel: Selection, step: number, order: readonly number[]): Selection {
  if (order.length === 0) return sel;
  const at = sel.focusId === null ? -1 : order.indexOf(sel.focusId);
  const next = at < 0 ? (step > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step));
  const id = order[next]!;
  return { ids: new Set([id]), focusId: id, anchorId: id };
}

/**
 * Moves on from `fromId` once its approval lands. The save takes a moment; if the shop owner has
 * already moved elsewhere (Alt+↑, a click), their choice stands and nothing moves.
 */
export function stepAfterApproval(sel: Selection, fromId: number, order: readonly number[]): Selection {
  return sel.focusId === fromId ? stepSelection(sel, 1, order) : sel;
}

/** Drops products that are gone (deleted, merged away) after a reload. */
export function pruneSelection(sel: Selection, present: ReadonlySet<number>): Selection {
  const ids = new Set([...sel.ids].filter((id) => present.has(id)));
  const focusId = sel.focusId !== null && present.has(sel.focusId) ? sel.focusId : null;
  const anchorId = sel.anchorId !== null && present.has(sel.anchorId) ? sel.anchorId : null;
  if (ids.size === sel.ids.size && focusId === sel.focusId && anchorId === sel.anchorId) return sel;
  return { ids, focusId, anchorId };
}
