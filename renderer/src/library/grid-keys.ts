/** What a key does in the product grid: the index it moves to, or null for a key the grid leaves alone. */
export interface GridMove {
  index: number;
  /** Shift held: extend the selection to the new card instead of replacing it. */
  extend: boolean;
}

/**
 * Arrow keys move one card (left, right) or one row (up, down); Home and End go to the first and
 * last product, Page Up and Page Down by a screenful of rows. Movement stops at the edges rather
 * than wrapping, as in a spreadsheet, so holding a key never jumps to the other end.
 */
export function moveInGrid(key: string, shift: boolean, from: number, columns: number, count: number, rowsInView: number): GridMove | null {
  if (count === 0) return null;
  const at = from < 0 ? 0 : from;
  const page = Math.max(1, rowsInView) * columns;
  const steps: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: columns,
    ArrowUp: -columns,
    PageDown: page,
    PageUp: -page,
    Home: -count,
    End: count,
  };
  const step = steps[key];
  if (step === undefined) return null;
  // From no card at all, any movement key lands on the first.
  const index = from < 0 ? 0 : Math.min(count - 1, Math.max(0, at + step));
  return { index, extend: shift };
}
