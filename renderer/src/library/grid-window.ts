export interface GridGeometry {
  /** Width of the scrolling area, in CSS pixels. */
  width: number;
  height: number;
  scrollTop: number;
  count: number;
  minCardWidth: number;
  rowHeight: number;
  gap: number;
  /** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
  overscan: number;
}

export interface GridWindow {
  columns: number;
  cardWidth: number;
  totalHeight: number;
  /** Items [start, end) are drawn. */
  start: number;
  end: number;
}

/** Which cards a fixed-row-height grid must draw for the current scroll position. */
export function computeGridWindow(g: GridGeometry): GridWindow {
  const columns = Math.max(1, Math.floor((g.width + g.gap) / (g.minCardWidth + g.gap)));
  const cardWidth = Math.max(0, (g.width - g.gap * (columns - 1)) / columns);
  const rows = Math.ceil(g.count / columns);
  const stride = g.rowHeight + g.gap;
  const totalHeight = rows === 0 ? 0 : rows * stride - g.gap;
  const firstRow = Math.max(0, Math.floor(g.scrollTop / stride) - g.overscan);
  const lastRow = Math.min(rows, Math.ceil((g.scrollTop + g.height) / stride) + g.overscan);
  return { columns, cardWidth, totalHeight, start: Math.min(g.count, firstRow * columns), end: Math.min(g.count, lastRow * columns) };
}

/** The scrollTop that brings item `index` into view, or null when it already is. */
export function scrollToReveal(index: number, columns: number, rowHeight: number, gap: number, scrollTop: number, height: number): number | null {
  const stride = rowHeight + gap;
  const top = Math.floor(index / columns) * stride;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + height) return top + rowHeight - height;
  return null;
}
