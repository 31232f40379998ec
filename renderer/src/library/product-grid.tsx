import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ProductSummary } from '../../../shared/domain/product';
import { usePhotoSrc } from '../api/api-context';
import { CARD_SIZES, type CardSize } from './card-size';
import { moveInGrid } from './grid-keys';
import { computeGridWindow, scrollToReveal } from './grid-window';
import { pendingBadge } from './pending-badge';
import { ProductCard } from './product-card';

const GAP = 12;
const NONE: ReadonlySet<number> = new Set();
const OVERSCAN = 2;

interface GridProps {
  items: ProductSummary[];
  selectedIds: ReadonlySet<number>;
  focusId: number | null;
  /** The bulk job's products not yet written ('all': see pendingBadge). */
  generatingIds: ReadonlySet<number> | 'all';
  /** Of those, the ones being written now. */
  runningIds?: ReadonlySet<number>;
  /** True while the job is paused: its products are queued, not being written. */
  jobPaused: boolean;
  onCardClick: (id: number, e: MouseEvent) => void;
  /** The keyboard moved to this product (arrow keys, Home, End, Page keys); `extend` with Shift. */
  onKeyMove: (id: number, extend: boolean) => void;
  onMergeDrop: (targetId: number, sourceId: number) => void;
  /** What an empty grid says. */
  emptyText?: string;
  cardSize?: CardSize;
}

/**
 * The product grid, windowed: only the rows in view (plus a couple either side) are in the DOM,
 * so 10,000 products cost the same to draw and scroll as 50. Rows have a fixed height.
 */
export function ProductGrid({ items, selectedIds, focusId, generatingIds, runningIds = NONE, jobPaused, onCardClick, onKeyMove, onMergeDrop, emptyText = 'No products here. Drop photos above, or clear the filter.', cardSize = 'medium' }: GridProps) {
  const { minWidth: MIN_CARD, rowHeight: ROW_HEIGHT } = CARD_SIZES[cardSize];
  const photoSrc = usePhotoSrc();
  const scroller = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const [scrollTop, setScrollTop] = useState(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setBox({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const win = computeGridWindow({ width: box.width, height: box.height, scrollTop, count: items.length, minCardWidth: MIN_CARD, rowHeight: ROW_HEIGHT, gap: GAP, overscan: OVERSCAN });

  // Keep the product open in the editor in view when the keyboard moves through the grid.
  const focusIndex = focusId === null ? -1 : items.findIndex((p) => p.id === focusId);
  useEffect(() => {
    const el = scroller.current;
    if (!el || focusIndex < 0 || box.height === 0) return;
    const top = scrollToReveal(focusIndex, win.columns, ROW_HEIGHT, GAP, el.scrollTop, el.clientHeight);
    if (top !== null) el.scrollTop = top;
  }, [focusIndex, win.columns, box.height, ROW_HEIGHT]);

  // The grid is one Tab stop (roving focus, WCAG 2.1.1): the open product's card, else the first,
  // takes Tab; arrow keys move within. When the keyboard moved, DOM focus follows the open card
  // once it is drawn, so a screen reader says where the owner is.
  const tabStop = focusIndex >= 0 ? focusIndex : 0;
  const movedByKey = useRef(false);
  useEffect(() => {
    if (!movedByKey.current || focusId === null) return;
    const card = scroller.current?.querySelector<HTMLElement>(`[data-product-id="${focusId}"]`);
    if (!card) return;
    card.focus({ preventScroll: true });
    movedByKey.current = false;
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const rowsInView = Math.max(1, Math.floor(box.height / (ROW_HEIGHT + GAP)));
    // With no product open yet, the keys move from the card that holds the Tab stop.
    const move = moveInGrid(e.key, e.shiftKey, focusIndex >= 0 ? focusIndex : tabStop, win.columns, items.length, rowsInView);
    if (!move) return;
    e.preventDefault();
    movedByKey.current = true;
    onKeyMove(items[move.index]!.id, move.extend);
  };

  const cards = [];
  for (let i = win.start; i < win.end; i++) {
    const p = items[i]!;
    const row = Math.floor(i / win.columns);
    const col = i % win.columns;
    cards.push(
      <li key={p.id} style={{ transform: `translate(${col * (win.cardWidth + GAP)}px, ${row * (ROW_HEIGHT + GAP)}px)`, width: win.cardWidth, height: ROW_HEIGHT }}>
        <ProductCard
          product={p}
          selected={selectedIds.has(p.id)}
          focused={p.id === focusId}
          tabStop={i === tabStop}
          pending={pendingBadge(p, generatingIds, runningIds, jobPaused)}
          thumbSrc={p.thumbnailUrl ? photoSrc(p.thumbnailUrl) : null}
          onClick={onCardClick}
          onMergeDrop={onMergeDrop}
        />
      </li>,
    );
  }
  return (
    <div className={`grid-scroller cards-${cardSize}`} ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      {items.length === 0 && <p className="empty">{emptyText}</p>}
      <ul className="product-grid" aria-label={`Products (${items.length}); arrow keys move between them`} style={{ height: win.totalHeight }} onKeyDown={onKeyDown}>
        {cards}
      </ul>
    </div>
  );
}
