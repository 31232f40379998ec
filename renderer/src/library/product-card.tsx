import { memo, type DragEvent, type MouseEvent } from 'react';
import type { ProductSummary } from '../../../shared/domain/product';
import { productName } from '../common/product-name';
import { StatusBadge } from '../common/status-badge';
import { describeVariantCount } from './describe-variants';

export const PRODUCT_DRAG_TYPE = 'application/x-listing-studio-product';

interface CardProps {
  product: ProductSummary;
  selected: boolean;
  focused: boolean;
  /** The grid's one Tab stop; every other card is reached with the arrow keys. */
  tabStop: boolean;
  /** Waiting for the bulk job: 'generating' while it runs, 'queued' while it is paused. */
  pending: 'generating' | 'queued' | null;
  thumbSrc: string | null;
  onClick: (id: number, e: MouseEvent) => void;
  /** A product card dropped on this one: merge it (and the rest of the selection) into this one. */
  onMergeDrop: (targetId: number, sourceId: number) => void;
}

/** One product in the grid: thumbnail, title, status, photos and variants. Drag it onto another card to merge the two. */
export const ProductCard = memo(function ProductCard({ product: p, selected, focused, tabStop, pending, thumbSrc, onClick, onMergeDrop }: CardProps) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PRODUCT_DRAG_TYPE, String(p.id));
    e.dataTransfer.effectAllowed = 'move';
  };
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PRODUCT_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (e: DragEvent) => {
    const source = Number(e.dataTransfer.getData(PRODUCT_DRAG_TYPE));
    if (!source || source === p.id) return;
    e.preventDefault();
    e.stopPropagation();
    onMergeDrop(p.id, source);
  };
  const name = productName(p);
  const variants = describeVariantCount(p.variantCount);
  return (
    <button
      type="button"
      className={`product-card${selected ? ' selected' : ''}${focused ? ' focused' : ''}`}
      onClick={(e) => onClick(p.id, e)}
      aria-pressed={selected}
      aria-current={focused ? 'true' : undefined}
      tabIndex={tabStop ? 0 : -1}
      draggable
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-product-id={p.id}
    >
      {thumbSrc ? <img src={thumbSrc} alt="" loading="lazy" draggable={false} /> : <span className="no-thumb" />}
      <span className="product-title">{name}</span>
      <span className="product-meta">
        <StatusBadge status={pending ?? p.status} flagCount={p.flagCount} />
        <span className="photo-count">
          {' · '}
          {p.photoCount} photo{p.photoCount === 1 ? '' : 's'}
        </span>
      </span>
      {/* On the photo, where the card's narrow status line cannot cut it short. */}
      {variants && <span className="variant-count">{variants}</span>}
    </button>
  );
});
